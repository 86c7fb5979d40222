using Microsoft.EntityFrameworkCore;

namespace MultiStageBuild.Web.Identity;

/// <summary>The tables sign-in adds beside ASP.NET Core Identity's own.</summary>
internal static class AccountEntityConfigurations
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountInvitationEntity>(invitation =>
        {
            invitation.ToTable("AccountInvitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.CodeHash).IsRequired().HasMaxLength(64);
            invitation.HasIndex(i => i.CodeHash).IsUnique();
            invitation.Property(i => i.Role).IsRequired().HasMaxLength(16);
        });
        modelBuilder.Entity<ApiTokenEntity>(token =>
        {
            token.ToTable("ApiTokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.SecretHash).IsRequired().HasMaxLength(64);
            token.HasIndex(t => t.SecretHash).IsUnique();
            token.Property(t => t.Name).IsRequired().HasMaxLength(100);
            token.Property(t => t.Scope).IsRequired().HasMaxLength(16);
            token.HasIndex(t => t.UserId);
            token.HasOne<Microsoft.AspNetCore.Identity.IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
