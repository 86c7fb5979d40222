namespace MultiStageBuild.Web.Data;

/// <summary>An immutable record of one change, with the preset's content right after it.</summary>
public sealed class PresetRevisionEntity
{
    public long Id { get; set; }

    public Guid PresetId { get; set; }

    public int Version { get; set; }

    public RevisionKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string Author { get; set; } = "";

    /// <summary>The content after the change: name, description, tags and args as JSON.</summary>
    public string SnapshotJson { get; set; } = "";
}
