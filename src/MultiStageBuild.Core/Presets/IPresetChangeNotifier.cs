namespace MultiStageBuild.Core.Presets;

/// <summary>A committed change to one preset.</summary>
/// <param name="PresetId">The preset.</param>
/// <param name="Name">Its name after the change.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Version">Its version after the change.</param>
/// <param name="Author">Who made the change.</param>
public sealed record PresetChange(Guid PresetId, string Name, RevisionKind Kind, int Version, string Author);

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
