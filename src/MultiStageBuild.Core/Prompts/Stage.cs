namespace MultiStageBuild.Core.Prompts;

/// <summary>One stage of the build an edition describes, as the stage explainer shows it.</summary>
/// <param name="Number">The stage's position, from 1.</param>
/// <param name="Title">The stage's title (<c>Install Dependencies</c>), as the edition's text writes it.</param>
/// <param name="Checkpoint">The checkpoint the stage saves, or <c>null</c> when it saves none.</param>
/// <param name="CommandArgument">The argument whose command the stage runs, or <c>null</c>.</param>
/// <param name="Details">Plain-language notes on what the stage does, for the explainer.</param>
/// <param name="RollbackTargets">Checkpoints a failure in this stage can resume from, nearest first.</param>
public sealed record Stage(
    int Number,
    string Title,
    string? Checkpoint,
    string? CommandArgument,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> RollbackTargets);
