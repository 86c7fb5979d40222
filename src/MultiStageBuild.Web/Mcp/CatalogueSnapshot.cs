namespace MultiStageBuild.Web.Mcp;

/// <summary>Everything the endpoint serves at one moment: the base prompt first, then one prompt per live preset by name.</summary>
public sealed class CatalogueSnapshot(IReadOnlyList<CataloguePrompt> prompts)
{
    public IReadOnlyList<CataloguePrompt> Prompts { get; } = prompts;

    /// <summary>The preset prompts only, which are also the resources.</summary>
    public IEnumerable<CataloguePrompt> PresetPrompts => Prompts.Where(p => p.Preset is not null);

    public CataloguePrompt? Find(string name) => Prompts.FirstOrDefault(p => p.Name == name);

    public CataloguePrompt? FindResource(string uri) => PresetPrompts.FirstOrDefault(p => p.ResourceUri == uri);
}
