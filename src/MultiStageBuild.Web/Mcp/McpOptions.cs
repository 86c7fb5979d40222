namespace MultiStageBuild.Web.Mcp;

/// <summary>The MCP endpoint's options, from the <c>Mcp</c> section of appsettings.json.</summary>
public sealed class McpOptions
{
    public const string Section = "Mcp";

    /// <summary>The edition of <c>multi-stage-build</c> that <c>prompts/get</c> returns (the reference document's by default).</summary>
    public string Edition { get; set; } = MultiStageBuildPrompt.DocsEdition;

    /// <summary>The configured edition; start-up fails on an id that names none.</summary>
    public PromptEdition ServedEdition => KnownPrompts.PresetPrompt.FindEdition(Edition)
        ?? throw new InvalidOperationException($"{Section}:Edition is '{Edition}'; it must be one of {KnownPrompts.PresetPrompt.EditionIds}.");
}
