namespace MultiStageBuild.Web.Check;

/// <summary>One argument of a prompt a checked server lists.</summary>
public sealed record ServerPromptArgument(string Name, string? Description, bool Required);
