namespace MultiStageBuild.Core.Presets;

/// <summary>An immutable record of one change: the preset as it was right after the change.</summary>
/// <param name="PresetId">The preset.</param>
/// <param name="Version">The preset's version after the change.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Author">Who.</param>
/// <param name="Snapshot">The content after the change.</param>
public sealed record PresetRevision(Guid PresetId, int Version, RevisionKind Kind, DateTimeOffset At, string Author, PresetDraft Snapshot);
