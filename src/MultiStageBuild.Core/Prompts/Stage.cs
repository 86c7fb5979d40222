namespace MultiStageBuild.Core.Prompts;

/// <summary>One stage of the build the prompt describes.</summary>
/// <param name="Number">The stage's position, from 1.</param>
/// <param name="Title">The stage's title (<c>Install Dependencies</c>).</param>
/// <param name="Checkpoint">The checkpoint the stage saves, or <c>null</c> when it saves none.</param>
/// <param name="CommandArgument">The argument whose command the stage runs, or <c>null</c>.</param>
/// <param name="Steps">
/// The numbered steps as Markdown; <see cref="CommandPlaceholder"/> marks where the command's code span goes.
/// </param>
/// <param name="Details">Plain-language notes on what the stage does, for the explainer.</param>
/// <param name="RollbackTargets">Checkpoints a failure in this stage can resume from, nearest first.</param>
public sealed record Stage(
    int Number,
    string Title,
    string? Checkpoint,
    string? CommandArgument,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> RollbackTargets)
{
    /// <summary>The token in <see cref="Steps"/> replaced by the stage's command as a code span.</summary>
    public const string CommandPlaceholder = "{command}";

    /// <summary>The token in <see cref="Steps"/> replaced by the base image as a code span.</summary>
    public const string ImagePlaceholder = "{image}";
}
