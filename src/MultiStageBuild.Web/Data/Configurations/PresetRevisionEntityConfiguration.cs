using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MultiStageBuild.Web.Data.Configurations;

public sealed class PresetRevisionEntityConfiguration : IEntityTypeConfiguration<PresetRevisionEntity>
{
    public void Configure(EntityTypeBuilder<PresetRevisionEntity> builder)
    {
        builder.ToTable("PresetRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Author).IsRequired();
        builder.Property(r => r.SnapshotJson).IsRequired();

        // One revision per version of a preset; also serves "revisions of a preset, newest first".
        builder.HasIndex(r => new { r.PresetId, r.Version }).IsUnique();
    }
}
