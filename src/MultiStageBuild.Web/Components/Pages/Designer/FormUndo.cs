namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>What one click of Undo brings back: the form's state and loaded preset before a preset pick, load or reset.</summary>
/// <param name="Message">What happened, shown beside the Undo button.</param>
/// <param name="State">The designer's state before.</param>
/// <param name="Loaded">The saved preset loaded before, or <c>null</c>.</param>
/// <param name="FocusArgument">The argument whose field takes focus after undoing.</param>
public sealed record FormUndo(string Message, DesignerState State, StoredPreset? Loaded, string FocusArgument);
