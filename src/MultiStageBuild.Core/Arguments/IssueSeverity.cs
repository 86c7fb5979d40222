namespace MultiStageBuild.Core.Arguments;

/// <summary>How serious an <see cref="ArgumentIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The prompt still renders, but the result is likely not what the user wants.</summary>
    Warning,

    /// <summary>The prompt cannot be rendered until this is fixed.</summary>
    Error,
}
