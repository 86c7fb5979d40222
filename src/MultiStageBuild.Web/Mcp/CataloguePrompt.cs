namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// A prompt the MCP endpoint serves: the base <c>multi-stage-build</c> prompt, or one saved preset
/// (<see cref="Preset"/> set) whose values fill the arguments a caller leaves blank.
/// </summary>
public sealed record CataloguePrompt(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<CatalogueArgument> Arguments,
    StoredPreset? Preset = null,
    string? Slug = null)
{
    /// <summary>The <c>preset://</c> resource of a preset prompt, or <c>null</c> for the base prompt.</summary>
    public string? ResourceUri => Slug is null ? null : McpCatalogue.ResourceScheme + Slug;

    /// <summary>The values a call starts from: the preset's, or none.</summary>
    public ArgumentSet Baseline => Preset?.Draft.Arguments ?? ArgumentSet.Empty;
}
