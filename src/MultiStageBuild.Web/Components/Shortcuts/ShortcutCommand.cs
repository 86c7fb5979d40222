namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>What a keyboard shortcut does.</summary>
public enum ShortcutCommand
{
    Copy,
    Save,
    Palette,
    Theme,
    Help,
}
