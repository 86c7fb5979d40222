namespace MultiStageBuild.Core.Presets;

/// <summary>
/// The store of a team's presets. Every write is one transaction that also writes a revision, and tells the
/// <see cref="IPresetChangeNotifier"/> after it commits. A protected preset is changed only by an actor who
/// <see cref="Actor.MayChangeProtected"/>; anyone else gets <see cref="SaveStatus.Protected"/>.
/// </summary>
public interface IPresetRepository
{
    /// <summary>A page of presets matching <paramref name="query"/>.</summary>
    Task<PresetPage> SearchAsync(PresetQuery query, CancellationToken cancellationToken = default);

    /// <summary>All distinct tags in use on live presets, sorted.</summary>
    Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default);

    /// <summary>A preset by id, live or in the trash.</summary>
    Task<StoredPreset?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A live preset by name, ignoring case.</summary>
    Task<StoredPreset?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates a preset at version 1.</summary>
    Task<SaveResult> CreateAsync(PresetDraft draft, Actor author, CancellationToken cancellationToken = default);

    /// <summary>Replaces a live preset's content if its version, read in the write's transaction, is one <paramref name="expected"/> matches.</summary>
    Task<SaveResult> UpdateAsync(Guid id, PresetDraft draft, VersionMatch expected, Actor author, CancellationToken cancellationToken = default);

    /// <summary>Moves a live preset to the trash if its version, read in the write's transaction, is one <paramref name="expected"/> matches.</summary>
    Task<SaveResult> DeleteAsync(Guid id, VersionMatch expected, Actor author, CancellationToken cancellationToken = default);

    /// <summary>Brings a preset back from the trash (fails as invalid if its name was taken meanwhile).</summary>
    Task<SaveResult> RestoreAsync(Guid id, Actor author, CancellationToken cancellationToken = default);

    /// <summary>Protects a preset (only an admin changes it then) or lifts its protection; only an actor who <see cref="Actor.MayChangeProtected"/> may.</summary>
    Task<SaveResult> SetProtectedAsync(Guid id, bool isProtected, Actor author, CancellationToken cancellationToken = default);

    /// <summary>The preset's revisions, newest first.</summary>
    Task<IReadOnlyList<PresetRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Writes revision <paramref name="version"/>'s content as a new revision (history is never rewritten).</summary>
    Task<SaveResult> RestoreRevisionAsync(Guid id, int version, Actor author, CancellationToken cancellationToken = default);

    /// <summary>Checks every draft, then applies all of them in one transaction, or none; <paramref name="dryRun"/> only checks.</summary>
    Task<ImportOutcome> ImportAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, Actor author, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>Live presets with the given ids, or all live presets when <paramref name="ids"/> is <c>null</c>, by name.</summary>
    Task<IReadOnlyList<StoredPreset>> ExportAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default);
}
