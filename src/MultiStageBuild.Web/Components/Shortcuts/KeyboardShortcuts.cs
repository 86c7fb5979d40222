namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>The app's keyboard shortcuts, in one list that the key handler, the help dialog and the About page all read.</summary>
public static class KeyboardShortcuts
{
    public static KeyboardShortcut Copy { get; } = new(ShortcutCommand.Copy, "C", Primary: true, Shift: true, Alt: false,
        "Copy the invocation in the chosen format (designer)");

    public static KeyboardShortcut Save { get; } = new(ShortcutCommand.Save, "S", Primary: true, Shift: false, Alt: false,
        "Save: update the loaded preset, or save the form as a new preset (designer)");

    public static KeyboardShortcut Palette { get; } = new(ShortcutCommand.Palette, "K", Primary: true, Shift: false, Alt: false,
        "Command palette: jump to a preset or a page");

    public static KeyboardShortcut Theme { get; } = new(ShortcutCommand.Theme, "D", Primary: false, Shift: true, Alt: true,
        "Switch between the light and dark theme");

    public static KeyboardShortcut Help { get; } = new(ShortcutCommand.Help, "?", Primary: false, Shift: false, Alt: false,
        "Show these shortcuts");

    public static IReadOnlyList<KeyboardShortcut> All { get; } = [Copy, Save, Palette, Theme, Help];
}
