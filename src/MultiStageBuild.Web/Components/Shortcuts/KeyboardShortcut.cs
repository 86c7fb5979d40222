namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>One keyboard shortcut: its keys and what it does.</summary>
/// <param name="Command">What it runs.</param>
/// <param name="Key">
/// The key as printed on the keyboard: a letter, matched by its physical key (so Alt on a Mac, which changes the character,
/// still works), or a character such as <c>?</c>, matched as typed.
/// </param>
/// <param name="Primary">Whether it needs Ctrl (⌘ on a Mac).</param>
/// <param name="Shift">Whether a letter needs Shift.</param>
/// <param name="Alt">Whether it needs Alt (⌥ on a Mac).</param>
/// <param name="Description">What it does, for the help dialog and the About page.</param>
public sealed record KeyboardShortcut(ShortcutCommand Command, string Key, bool Primary, bool Shift, bool Alt, string Description)
{
    /// <summary>Whether it works while typing in a text field (plain keys belong to the field there).</summary>
    public bool HasModifier => Primary || Alt;

    /// <summary>The keys to press together, as the help shows them.</summary>
    public IReadOnlyList<string> Keys => [.. Primary ? ["Ctrl/⌘"] : Array.Empty<string>(), .. Alt ? ["Alt"] : Array.Empty<string>(),
        .. Shift ? ["Shift"] : Array.Empty<string>(), Key];

    /// <summary>The <c>aria-keyshortcuts</c> value: each chord the browser accepts, Ctrl and ⌘ both.</summary>
    public string AriaKeys => Primary ? $"{Chord("Control")} {Chord("Meta")}" : Chord(null);

    private string Chord(string? primary) =>
        string.Join('+', new[] { primary, Alt ? "Alt" : null, Shift ? "Shift" : null, Key }.OfType<string>());
}
