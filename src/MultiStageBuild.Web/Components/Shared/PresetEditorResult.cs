namespace MultiStageBuild.Web.Components.Shared;

/// <summary>What the editor dialog closes with: the outcome of the save and the draft the user wrote.</summary>
public sealed record PresetEditorResult(SaveResult Outcome, PresetDraft Draft);
