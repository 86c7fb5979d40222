namespace MultiStageBuild.Core.Comparison;

/// <summary>One line of a diff.</summary>
/// <param name="Kind">Which side the line is on.</param>
/// <param name="Text">The line, without its line end.</param>
public sealed record DiffLine(DiffKind Kind, string Text);
