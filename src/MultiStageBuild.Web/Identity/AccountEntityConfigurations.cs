using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MultiStageBuild.Web.Identity;

/// <summary>The tables sign-in adds beside ASP.NET Core Identity's own.</summary>
internal static class AccountEntityConfigurations
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountInvitationEntity>(invitation =>
        {
            FoundByHash(invitation, "AccountInvitations", nameof(AccountInvitationEntity.CodeHash));
            invitation.Property(i => i.Role).IsRequired().HasMaxLength(16);
        });
        modelBuilder.Entity<ApiTokenEntity>(token =>
        {
            FoundByHash(token, "ApiTokens", nameof(ApiTokenEntity.SecretHash));
            token.Property(t => t.Name).IsRequired().HasMaxLength(100);
            token.Property(t => t.Scope).IsRequired().HasMaxLength(16);
            token.HasIndex(t => t.UserId);
            token.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>A table of <see cref="HashedSecretEntity"/> rows, each found by the hash in <paramref name="hashProperty"/>, unique.</summary>
    private static void FoundByHash<TEntity>(EntityTypeBuilder<TEntity> entity, string table, string hashProperty)
        where TEntity : HashedSecretEntity
    {
        entity.ToTable(table);
        entity.HasKey(e => e.Id);
        entity.Property<string>(hashProperty).IsRequired().HasMaxLength(SecretCodes.HashLength);
        entity.HasIndex(hashProperty).IsUnique();
    }
}
