namespace MultiStageBuild.Web.Components.Shortcuts;

/// <summary>
/// What the open page does for a shortcut: the designer handles copy, save and opening a preset in place. One per
/// circuit; a page registers while it is shown and disposes the registration when it goes.
/// </summary>
public sealed class PageShortcuts
{
    private readonly Dictionary<ShortcutCommand, Func<Task>> _commands = [];
    private Func<Preset, Task>? _openPreset;

    /// <summary>Runs <paramref name="run"/> for <paramref name="command"/> until the returned registration is disposed.</summary>
    public IDisposable Handle(ShortcutCommand command, Func<Task> run)
    {
        _commands[command] = run;
        return new Registration(() =>
        {
            if (_commands.GetValueOrDefault(command) == run)
            {
                _commands.Remove(command);
            }
        });
    }

    /// <summary>Opens a preset chosen in the palette with <paramref name="open"/> instead of navigating to the designer.</summary>
    public IDisposable HandleOpenPreset(Func<Preset, Task> open)
    {
        _openPreset = open;
        return new Registration(() =>
        {
            if (_openPreset == open)
            {
                _openPreset = null;
            }
        });
    }

    /// <summary>Runs the open page's handler for <paramref name="command"/>; false when the page has none.</summary>
    public async Task<bool> RunAsync(ShortcutCommand command)
    {
        if (!_commands.TryGetValue(command, out var run))
        {
            return false;
        }

        await run();
        return true;
    }

    /// <summary>Opens <paramref name="preset"/> on the open page; false when the page does not open presets.</summary>
    public async Task<bool> OpenPresetAsync(Preset preset)
    {
        if (_openPreset is null)
        {
            return false;
        }

        await _openPreset(preset);
        return true;
    }

    private sealed class Registration(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
