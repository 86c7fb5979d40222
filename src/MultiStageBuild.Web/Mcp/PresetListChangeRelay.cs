namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// Turns every committed preset change into <c>notifications/prompts/list_changed</c>, for as long as the app runs.
/// Resources (the same presets) declare no listChanged: the SDK seals its resource collection, and the prompt
/// notification already tells a client that the presets changed.
/// </summary>
internal sealed class PresetListChangeRelay(IPresetChangeNotifier changes, PromptListSignal prompts) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = changes.Subscribe(Relay);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every kind changes the list: created, renamed, deleted and restored presets add, rename or remove prompts;
    /// an update changes the listed descriptions, which show the preset's values as defaults.
    /// </summary>
    private Task Relay(IReadOnlyList<PresetChange> changes)
    {
        prompts.Raise();
        return Task.CompletedTask;
    }
}
