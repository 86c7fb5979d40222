using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Mcp;

/// <summary>One argument as a served prompt lists it: MCP argument records carry no default, so the description does.</summary>
public sealed record CatalogueArgument(string Name, string Description, bool Required);

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

/// <summary>Everything the endpoint serves at one moment: the base prompt first, then one prompt per live preset by name.</summary>
public sealed class CatalogueSnapshot(IReadOnlyList<CataloguePrompt> prompts)
{
    public IReadOnlyList<CataloguePrompt> Prompts { get; } = prompts;

    /// <summary>The preset prompts only, which are also the resources.</summary>
    public IEnumerable<CataloguePrompt> PresetPrompts => Prompts.Where(p => p.Preset is not null);

    public CataloguePrompt? Find(string name) => Prompts.FirstOrDefault(p => p.Name == name);

    public CataloguePrompt? FindResource(string uri) => PresetPrompts.FirstOrDefault(p => p.ResourceUri == uri);
}

/// <summary>What <c>completion/complete</c> answers: at most <see cref="McpCatalogue.MaxCompletions"/> values of <see cref="Total"/>.</summary>
public sealed record CompletionValues(IReadOnlyList<string> Values, int Total)
{
    public bool HasMore => Total > Values.Count;
}
