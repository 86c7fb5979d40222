namespace MultiStageBuild.Web.Check;

/// <summary>A prompt as a checked server lists it.</summary>
public sealed record ServerPrompt(string Name, string? Description, IReadOnlyList<ServerPromptArgument> Arguments);
