namespace MultiStageBuild.Core.Presets;

/// <summary>
/// Tells every open page (and MCP session) about committed preset changes, one call per commit: an import of a
/// hundred presets refreshes a page once, not a hundred times. In-process for one instance; a multi-instance
/// backplane implements the same interface.
/// </summary>
public interface IPresetChangeNotifier
{
    /// <summary>Announces the changes one commit made, in order, to every subscriber.</summary>
    Task PublishAsync(IReadOnlyList<PresetChange> changes);

    /// <summary>Calls <paramref name="handler"/> with the changes of each commit until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<IReadOnlyList<PresetChange>, Task> handler);
}
