namespace MultiStageBuild.Core.Presets;

/// <summary>A named argument set a team starts from.</summary>
/// <param name="Key">A stable, URL-safe identifier (used in deep links).</param>
/// <param name="Name">The name shown in pickers.</param>
/// <param name="Description">What the preset is for.</param>
/// <param name="Arguments">The preset's argument values; <c>source</c> may be empty.</param>
/// <param name="IsBuiltIn">Whether the preset ships with the app and cannot be edited.</param>
public sealed record Preset(string Key, string Name, string Description, ArgumentSet Arguments, bool IsBuiltIn);
