namespace MultiStageBuild.Core.Prompts;

/// <summary>The prompts this app knows: what the API lists and renders, the designer designs and the MCP endpoint serves.</summary>
public static class KnownPrompts
{
    /// <summary>The prompt presets hold values for: the designer's, and the one each saved preset is served as over MCP.</summary>
    public static PromptDefinition PresetPrompt => MultiStageBuildPrompt.Definition;

    /// <summary>Every known prompt, <see cref="PresetPrompt"/> first.</summary>
    public static IReadOnlyList<PromptDefinition> All { get; } = [PresetPrompt];

    /// <summary>The prompt with exactly this name, or <c>null</c>.</summary>
    public static PromptDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
