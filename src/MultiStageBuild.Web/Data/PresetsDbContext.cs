using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MultiStageBuild.Web.Data.Configurations;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// The team's presets and their revisions, and (with sign-in on) accounts, invitations and API tokens, in SQLite; also
/// the data-protection keys that sign-in cookies and antiforgery tokens are sealed with, so that a restart or a second
/// instance on the same database keeps everyone signed in.
/// </summary>
public sealed class PresetsDbContext(DbContextOptions<PresetsDbContext> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PresetEntity> Presets => Set<PresetEntity>();

    public DbSet<PresetTagEntity> PresetTags => Set<PresetTagEntity>();

    public DbSet<PresetRevisionEntity> PresetRevisions => Set<PresetRevisionEntity>();

    public DbSet<AccountInvitationEntity> AccountInvitations => Set<AccountInvitationEntity>();

    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        AccountEntityConfigurations.Configure(modelBuilder);
        modelBuilder.ApplyConfiguration(new PresetEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PresetTagEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PresetRevisionEntityConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
