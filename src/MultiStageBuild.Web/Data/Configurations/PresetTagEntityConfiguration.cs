using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MultiStageBuild.Web.Data.Configurations;

public sealed class PresetTagEntityConfiguration : IEntityTypeConfiguration<PresetTagEntity>
{
    public void Configure(EntityTypeBuilder<PresetTagEntity> builder)
    {
        builder.ToTable("PresetTags");

        // A preset has each tag once, ignoring case.
        builder.HasKey(t => new { t.PresetId, t.NormalizedTag });
        builder.Property(t => t.Tag).HasMaxLength(PresetRules.MaxTagLength).IsRequired();
        builder.Property(t => t.NormalizedTag).HasMaxLength(PresetRules.MaxTagLength).IsRequired();

        // The tag list counts every spelling of every tag from this index alone (the tag filter uses the key).
        builder.HasIndex(t => new { t.NormalizedTag, t.Tag });
    }
}
