namespace MultiStageBuild.Core.Presets;

/// <summary>One page of presets and the total that matched.</summary>
/// <param name="Items">The presets on this page.</param>
/// <param name="Total">How many presets matched in all.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
public sealed record PresetPage(IReadOnlyList<StoredPreset> Items, int Total, int Page, int PageSize);
