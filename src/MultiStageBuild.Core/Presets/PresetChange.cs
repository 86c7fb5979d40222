namespace MultiStageBuild.Core.Presets;

/// <summary>A committed change to one preset.</summary>
/// <param name="PresetId">The preset.</param>
/// <param name="Name">Its name after the change.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Version">Its version after the change.</param>
/// <param name="Author">Who made the change.</param>
public sealed record PresetChange(Guid PresetId, string Name, RevisionKind Kind, int Version, string Author);
