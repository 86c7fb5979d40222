namespace MultiStageBuild.Core.Presets;

/// <summary>A committed change to one preset.</summary>
/// <param name="PresetId">The preset.</param>
/// <param name="Name">Its name after the change.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Version">Its version after the change.</param>
/// <param name="Author">Who made the change.</param>
public sealed record PresetChange(Guid PresetId, string Name, RevisionKind Kind, int Version, string Author);

/// <summary>
/// Tells every open page (and MCP session) about committed preset changes. In-process for one instance;
/// a multi-instance backplane implements the same interface.
/// </summary>
public interface IPresetChangeNotifier
{
    /// <summary>Announces a committed change to every subscriber.</summary>
    Task PublishAsync(PresetChange change);

    /// <summary>Calls <paramref name="handler"/> for every change until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<PresetChange, Task> handler);
}
