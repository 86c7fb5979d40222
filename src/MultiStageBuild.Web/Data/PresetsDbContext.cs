using Microsoft.EntityFrameworkCore;
using MultiStageBuild.Web.Data.Configurations;

namespace MultiStageBuild.Web.Data;

/// <summary>The team's presets and their revisions, in SQLite.</summary>
public sealed class PresetsDbContext(DbContextOptions<PresetsDbContext> options) : DbContext(options)
{
    public DbSet<PresetEntity> Presets => Set<PresetEntity>();

    public DbSet<PresetTagEntity> PresetTags => Set<PresetTagEntity>();

    public DbSet<PresetRevisionEntity> PresetRevisions => Set<PresetRevisionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PresetEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PresetTagEntityConfiguration());
        modelBuilder.ApplyConfiguration(new PresetRevisionEntityConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
