namespace MultiStageBuild.Core.Presets;

/// <summary>A page request over the presets.</summary>
/// <param name="Search">Matches name, description, tags and argument values (case-insensitive substring); blank for all.</param>
/// <param name="Tag">Only presets with this tag (case-insensitive), or <c>null</c>.</param>
/// <param name="Sort">The order.</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="PageSize">Items per page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Trash">List presets in the trash instead of live ones.</param>
public sealed record PresetQuery(string? Search = null, string? Tag = null, PresetSort Sort = PresetSort.Name, int Page = 1, int PageSize = 25, bool Trash = false)
{
    /// <summary>The largest page a search returns.</summary>
    public const int MaxPageSize = 200;
}
