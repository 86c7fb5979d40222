namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>One entry of the command palette: a page to go to, or a preset to open in the designer.</summary>
/// <param name="Label">What the entry shows and is filtered by.</param>
/// <param name="Kind">"Page", "Built-in preset" or "Team preset".</param>
/// <param name="Href">The page's address, for a page.</param>
/// <param name="Preset">The preset, for a preset.</param>
public sealed record PaletteEntry(string Label, string Kind, string? Href = null, Preset? Preset = null);
