namespace MultiStageBuild.Core.Arguments;

/// <summary>A problem with one argument's value, shown next to the field that holds it.</summary>
/// <param name="Argument">The argument's name.</param>
/// <param name="Severity">Whether the problem blocks rendering.</param>
/// <param name="Message">A specific, plain-language explanation and what to do.</param>
public sealed record ArgumentIssue(string Argument, IssueSeverity Severity, string Message);
