namespace MultiStageBuild.Web.Api;

/// <summary>
/// A render request that passed the shape checks: a known prompt, its edition and string arguments, and the preset (a
/// built-in's key or name, or a saved preset's id or name) whose arguments the given ones override, if any.
/// </summary>
internal sealed record RenderRequest(PromptDefinition Prompt, PromptEdition Edition, ArgumentSet Arguments, string? Preset = null);
