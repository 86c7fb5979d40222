namespace MultiStageBuild.Core.Presets;

/// <summary>How a list of presets is ordered.</summary>
public enum PresetSort
{
    /// <summary>By name, A to Z.</summary>
    Name,

    /// <summary>Most recently changed first.</summary>
    RecentlyUpdated,

    /// <summary>Most recently created first.</summary>
    RecentlyCreated,
}

/// <summary>A page request over the presets.</summary>
/// <param name="Search">Matches name, description, tags and argument values (case-insensitive substring); blank for all.</param>
/// <param name="Tag">Only presets with this tag (case-insensitive), or <c>null</c>.</param>
/// <param name="Sort">The order.</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="PageSize">Items per page, 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Trash">List presets in the trash instead of live ones.</param>
public sealed record PresetQuery(string? Search = null, string? Tag = null, PresetSort Sort = PresetSort.Name, int Page = 1, int PageSize = 25, bool Trash = false)
{
    /// <summary>The largest page a search returns.</summary>
    public const int MaxPageSize = 200;
}

/// <summary>One page of presets and the total that matched.</summary>
/// <param name="Items">The presets on this page.</param>
/// <param name="Total">How many presets matched in all.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
public sealed record PresetPage(IReadOnlyList<StoredPreset> Items, int Total, int Page, int PageSize);

/// <summary>Why a write did not happen, or that it did.</summary>
public enum SaveStatus
{
    /// <summary>Written and committed.</summary>
    Saved,

    /// <summary>No preset with that id (or it is in the trash where a live one was needed).</summary>
    NotFound,

    /// <summary>The preset changed since the version the caller had; <see cref="SaveResult.Current"/> holds theirs.</summary>
    Conflict,

    /// <summary>The draft is not valid; <see cref="SaveResult.Errors"/> says why, per field.</summary>
    Invalid,
}

/// <summary>The outcome of a write.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Preset">The preset as saved (when <see cref="SaveStatus.Saved"/>).</param>
/// <param name="Current">The stored preset a conflicting write ran into.</param>
/// <param name="Errors">Messages per field (<c>name</c>, <c>tags</c>, <c>args.source</c>, ...), when invalid.</param>
public sealed record SaveResult(SaveStatus Status, StoredPreset? Preset = null, StoredPreset? Current = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>A successful write.</summary>
    public static SaveResult Saved(StoredPreset preset) => new(SaveStatus.Saved, preset);

    /// <summary>No such preset.</summary>
    public static SaveResult NotFound { get; } = new(SaveStatus.NotFound);

    /// <summary>A stale write; <paramref name="current"/> is what is stored now.</summary>
    public static SaveResult Conflict(StoredPreset current) => new(SaveStatus.Conflict, Current: current);

    /// <summary>An invalid draft.</summary>
    public static SaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(SaveStatus.Invalid, Errors: errors);

    /// <summary>An invalid draft whose only fault is a name another live preset has (a conflict with that preset).</summary>
    public static SaveResult NameTaken(string name) =>
        Invalid(new Dictionary<string, string[]> { ["name"] = [$"A preset named '{name}' already exists."] }) with { IsNameTaken = true };

    /// <summary>Whether the write was refused because another live preset has the name.</summary>
    public bool IsNameTaken { get; init; }

    /// <summary>Every error message in one line, or <paramref name="fallback"/> when the result carries none.</summary>
    public string ErrorText(string fallback) => Errors is { Count: > 0 } errors ? string.Join(" ", errors.SelectMany(e => e.Value)) : fallback;
}

/// <summary>What to do when an imported preset's name is taken.</summary>
public enum ImportClash
{
    /// <summary>Leave the existing preset alone.</summary>
    Skip,

    /// <summary>Replace the existing preset's content (a new revision; history keeps the old).</summary>
    Update,
}

/// <summary>What an import does (or did) with each entry.</summary>
/// <param name="Created">Names that are (or would be) created.</param>
/// <param name="Updated">Names that are (or would be) updated.</param>
/// <param name="Skipped">Names left alone because they clash.</param>
/// <param name="Errors">Problems per entry and field (<c>presets[2].args.source</c>); when any, nothing is written.</param>
public sealed record ImportOutcome(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Skipped, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Whether the import is (or was) applied.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The store of a team's presets. Every write is one transaction that also writes a revision, and tells the
/// <see cref="IPresetChangeNotifier"/> after it commits.
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
    Task<SaveResult> CreateAsync(PresetDraft draft, string author, CancellationToken cancellationToken = default);

    /// <summary>Replaces a live preset's content if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<SaveResult> UpdateAsync(Guid id, PresetDraft draft, int expectedVersion, string author, CancellationToken cancellationToken = default);

    /// <summary>Moves a live preset to the trash if it is still at <paramref name="expectedVersion"/>.</summary>
    Task<SaveResult> DeleteAsync(Guid id, int expectedVersion, string author, CancellationToken cancellationToken = default);

    /// <summary>Brings a preset back from the trash (fails as invalid if its name was taken meanwhile).</summary>
    Task<SaveResult> RestoreAsync(Guid id, string author, CancellationToken cancellationToken = default);

    /// <summary>The preset's revisions, newest first.</summary>
    Task<IReadOnlyList<PresetRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Writes revision <paramref name="version"/>'s content as a new revision (history is never rewritten).</summary>
    Task<SaveResult> RestoreRevisionAsync(Guid id, int version, string author, CancellationToken cancellationToken = default);

    /// <summary>Checks every draft, then applies all of them in one transaction, or none; <paramref name="dryRun"/> only checks.</summary>
    Task<ImportOutcome> ImportAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, string author, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>Live presets with the given ids, or all live presets when <paramref name="ids"/> is <c>null</c>, by name.</summary>
    Task<IReadOnlyList<StoredPreset>> ExportAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default);
}
