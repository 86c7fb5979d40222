using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Api;

/// <summary>The prompts the HTTP API knows, shared by the listing and the render endpoint.</summary>
public static class PromptCatalogue
{
    public static IReadOnlyList<PromptDefinition> All { get; } = [MultiStageBuildPrompt.Definition];

    /// <summary>The prompt with exactly this name, or <c>null</c>.</summary>
    public static PromptDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
