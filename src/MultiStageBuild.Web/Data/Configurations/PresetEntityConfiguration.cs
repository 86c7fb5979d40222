using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Data.Configurations;

public sealed class PresetEntityConfiguration : IEntityTypeConfiguration<PresetEntity>
{
    /// <summary>The filter that makes an index cover live presets only.</summary>
    public const string LiveRows = "\"DeletedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<PresetEntity> builder)
    {
        builder.ToTable("Presets");
        builder.HasKey(p => p.Id);

        builder.Property(p => p.Name).HasMaxLength(PresetRules.MaxNameLength).IsRequired();
        builder.Property(p => p.NormalizedName).HasMaxLength(PresetRules.MaxNameLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(PresetRules.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(ArgumentChecker.MaxValueLength);
        builder.Property(p => p.InstallCmd).HasMaxLength(ArgumentChecker.MaxValueLength);
        builder.Property(p => p.BuildCmd).HasMaxLength(ArgumentChecker.MaxValueLength);
        builder.Property(p => p.TestCmd).HasMaxLength(ArgumentChecker.MaxValueLength);
        builder.Property(p => p.SearchText).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.CreatedBy).IsRequired();
        builder.Property(p => p.UpdatedBy).IsRequired();

        // Names are unique, ignoring case, among live presets only: a trashed preset frees its name.
        builder.HasIndex(p => p.NormalizedName).IsUnique().HasFilter(LiveRows).HasDatabaseName("IX_Presets_NormalizedName_Live");

        // One index per sort, led by DeletedAt so live and trash listings both use it.
        builder.HasIndex(p => new { p.DeletedAt, p.NormalizedName });
        builder.HasIndex(p => new { p.DeletedAt, p.UpdatedAt });
        builder.HasIndex(p => new { p.DeletedAt, p.CreatedAt });

        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PresetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PresetId).OnDelete(DeleteBehavior.Cascade);
    }
}
