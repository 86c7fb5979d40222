using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Data.Configurations;

public sealed class PresetEntityConfiguration : IEntityTypeConfiguration<PresetEntity>
{
    /// <summary>The filter that makes an index cover live presets only.</summary>
    public const string LiveRows = "\"DeletedAt\" IS NULL";

    /// <summary>Live presets by name (unique): the name sort's index.</summary>
    public const string NameIndex = "IX_Presets_NormalizedName_Live";

    /// <summary>Live presets, most recently changed first: the sort's index.</summary>
    public const string UpdatedIndex = "IX_Presets_UpdatedAt_Live";

    /// <summary>Live presets, most recently created first: the sort's index.</summary>
    public const string CreatedIndex = "IX_Presets_CreatedAt_Live";

    /// <summary>Slugs, unique over all presets.</summary>
    public const string SlugIndex = "IX_Presets_Slug";

    /// <summary>DeletedAt alone: live counts and the trash.</summary>
    public const string DeletedAtIndex = "IX_Presets_DeletedAt";

    public void Configure(EntityTypeBuilder<PresetEntity> builder)
    {
        builder.ToTable("Presets");
        builder.HasKey(p => p.Id);

        builder.Property(p => p.Name).HasMaxLength(PresetRules.MaxNameLength).IsRequired();
        builder.Property(p => p.NormalizedName).HasMaxLength(PresetRules.MaxNameLength).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(PresetSlugs.MaxLength);
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
        builder.HasIndex(p => p.NormalizedName).IsUnique().HasFilter(LiveRows).HasDatabaseName(NameIndex);

        // A slug stays taken while its preset exists, in the trash too, so an MCP prompt name never changes meaning.
        builder.HasIndex(p => p.Slug).IsUnique().HasDatabaseName(SlugIndex);

        // One index per sort, of live presets only, in exactly the sort's order (the name, unique among live presets,
        // ends each): a page, even far down, is a walk along one small index without a sort. Listings name these
        // indexes, since without statistics SQLite would rather take the DeletedAt index and sort.
        builder.HasIndex(p => new { p.UpdatedAt, p.NormalizedName }).IsDescending(true, false).HasFilter(LiveRows).HasDatabaseName(UpdatedIndex);
        builder.HasIndex(p => new { p.CreatedAt, p.NormalizedName }).IsDescending(true, false).HasFilter(LiveRows).HasDatabaseName(CreatedIndex);

        // The smallest index: all rows counted from it (a b-tree count) less the trash is the live total; the trash.
        builder.HasIndex(p => p.DeletedAt).HasDatabaseName(DeletedAtIndex);

        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PresetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PresetId).OnDelete(DeleteBehavior.Cascade);
    }
}
