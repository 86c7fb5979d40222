using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MultiStageBuild.Web.Data.Configurations;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// The preset store on SQLite. One short-lived context per call; every write is one transaction (BEGIN IMMEDIATE,
/// so writers queue instead of failing) that also writes a revision, and is announced after it commits.
/// </summary>
public sealed class EfPresetRepository(
    IDbContextFactory<PresetsDbContext> contexts,
    IPresetChangeNotifier notifier,
    PresetStoreStatus status,
    TimeProvider? clock = null,
    ILogger<EfPresetRepository>? logger = null) : IPresetRepository
{
    private const string Anonymous = "anonymous";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<EfPresetRepository>.Instance;

    private static PromptDefinition Definition => KnownPrompts.PresetPrompt;

    public Task<PresetPage> SearchAsync(PresetQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(context => SearchAsync(context, query, cancellationToken), cancellationToken);

    private static async Task<PresetPage> SearchAsync(PresetsDbContext context, PresetQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, PresetQuery.MaxPageSize);

        // One connection for the few statements below (each open would run the connection pragmas again).
        await context.Database.OpenConnectionAsync(cancellationToken);
        var skip = (int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize);
        var (ids, total) = await PresetSearch.FindAsync(context, query, skip, pageSize, cancellationToken);
        if (ids.Count == 0)
        {
            return new PresetPage([], total, page, pageSize);
        }

        // The page's rows, then their tags (two plain statements read faster than one joined), in the search's order.
        var rows = await context.Presets.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var tag in await context.PresetTags.AsNoTracking().Where(t => ids.Contains(t.PresetId)).ToListAsync(cancellationToken))
        {
            if (rows.TryGetValue(tag.PresetId, out var row))
            {
                row.Tags.Add(tag);
            }
        }

        return new PresetPage([.. ids.Where(rows.ContainsKey).Select(id => rows[id].ToStored())], total, page, pageSize);
    }

    public Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(context => TagsAsync(context, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<string>> TagsAsync(PresetsDbContext context, CancellationToken cancellationToken)
    {
        // Uses of each spelling on live presets: all tag rows (counted from their index alone) less those in the trash.
        var uses = await context.Database.SqlQueryRaw<TagUses>($"""
                SELECT NormalizedTag, Tag, sum(Uses) AS Uses FROM (
                    SELECT NormalizedTag, Tag, count(*) AS Uses FROM PresetTags GROUP BY NormalizedTag, Tag
                    UNION ALL
                    SELECT t.NormalizedTag, t.Tag, -count(*) AS Uses
                    FROM Presets AS p INDEXED BY {PresetEntityConfiguration.DeletedAtIndex} JOIN PresetTags AS t ON t.PresetId = p.Id
                    WHERE p.DeletedAt IS NOT NULL GROUP BY t.NormalizedTag, t.Tag)
                GROUP BY NormalizedTag, Tag HAVING sum(Uses) > 0
                """)
            .ToListAsync(cancellationToken);

        // One spelling per tag: the most used, then the first in ordinal order.
        return [.. uses.GroupBy(t => t.NormalizedTag)
            .Select(g => g.OrderByDescending(t => t.Uses).ThenBy(t => t.Tag, StringComparer.Ordinal).First().Tag)
            .Order(StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal)];
    }

    public Task<StoredPreset?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(async context => (await context.Presets.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken))?.ToStored(), cancellationToken);

    public Task<StoredPreset?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var normalized = PresetMapping.NormalizeName(name);
        return ReadAsync(async context => (await context.Presets.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.NormalizedName == normalized && p.DeletedAt == null, cancellationToken))?.ToStored(), cancellationToken);
    }

    public Task<SaveResult> CreateAsync(PresetDraft draft, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write => Invalid(draft, out var valid) ?? await write.CreateAsync(valid, cancellationToken), cancellationToken);

    public Task<SaveResult> UpdateAsync(Guid id, PresetDraft draft, VersionMatch expected, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write =>
        {
            if (Invalid(draft, out var valid) is { } invalid)
            {
                return invalid;
            }

            var entity = await write.LoadAsync(id, cancellationToken);
            return write.Refuses(entity, expected, out var refused) ? refused : await write.ReplaceAsync(entity, valid, cancellationToken);
        }, cancellationToken);

    public Task<SaveResult> DeleteAsync(Guid id, VersionMatch expected, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write =>
        {
            var entity = await write.LoadAsync(id, cancellationToken);
            return write.Refuses(entity, expected, out var refused)
                ? refused
                : await write.ChangeAsync(entity, RevisionKind.Deleted, e => e.DeletedAt = e.UpdatedAt, cancellationToken);
        }, cancellationToken);

    public Task<SaveResult> RestoreAsync(Guid id, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write =>
        {
            var entity = await write.LoadAsync(id, cancellationToken);
            return entity switch
            {
                null => SaveResult.NotFound,
                // Already live (restored by someone else, say): nothing to do.
                { DeletedAt: null } => SaveResult.Saved(entity.ToStored()),
                _ => await write.ChangeAsync(entity, RevisionKind.Restored, e => e.DeletedAt = null, cancellationToken),
            };
        }, cancellationToken);

    public Task<SaveResult> SetProtectedAsync(Guid id, bool isProtected, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write =>
        {
            var entity = await write.LoadAsync(id, cancellationToken);
            return entity switch
            {
                null => SaveResult.NotFound,
                // Already so: nothing to write.
                _ when entity.IsProtected == isProtected => SaveResult.Saved(entity.ToStored()),
                _ => await write.ChangeAsync(entity, isProtected ? RevisionKind.Protected : RevisionKind.Unprotected, e => e.IsProtected = isProtected, cancellationToken),
            };
        }, cancellationToken);

    public Task<IReadOnlyList<PresetRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<PresetRevision>>(async context =>
        {
            var revisions = await context.PresetRevisions.AsNoTracking()
                .Where(r => r.PresetId == id)
                .OrderByDescending(r => r.Version)
                .ToListAsync(cancellationToken);
            return [.. revisions.Select(r => r.ToRevision())];
        }, cancellationToken);

    public Task<SaveResult> RestoreRevisionAsync(Guid id, int version, Actor author, CancellationToken cancellationToken = default) =>
        WriteAsync(author, async write =>
        {
            var entity = await write.LoadAsync(id, cancellationToken);
            var revision = await write.LoadRevisionAsync(id, version, cancellationToken);
            if (entity is null || entity.DeletedAt is not null || revision is null)
            {
                return SaveResult.NotFound;
            }

            return Invalid(revision.ToRevision().Snapshot, out var draft)
                ?? await write.ChangeAsync(entity, RevisionKind.Restored, e => e.Apply(draft), cancellationToken);
        }, cancellationToken);

    public Task<ImportOutcome> ImportAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, Actor author, bool dryRun, CancellationToken cancellationToken = default) =>
        GuardAsync(() => ImportCheckedAsync(drafts, onClash, author, dryRun, cancellationToken));

    private async Task<ImportOutcome> ImportCheckedAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, Actor author, bool dryRun, CancellationToken cancellationToken)
    {
        var normalized = drafts.Select(d => d.Normalized()).ToList();
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string message) => (errors.TryGetValue(path, out var list) ? list : errors[path] = []).Add(message);

        for (var i = 0; i < normalized.Count; i++)
        {
            PresetRules.CheckEntry(i, normalized[i], Definition, Add);
        }

        PresetRules.CheckUniqueNames(normalized.Select((draft, i) => (i, draft)), Add);
        if (errors.Count > 0)
        {
            return new ImportOutcome([], [], [], errors.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        }

        // A dry run goes through the same transaction as the import, and rolls it back.
        await using var write = await BeginWriteAsync(author, cancellationToken);
        var existing = await write.LoadLiveByNameAsync([.. normalized.Select(d => PresetMapping.NormalizeName(d.Name)).Distinct()], cancellationToken);
        List<string> created = [], updated = [], skipped = [], protectedNames = [];
        foreach (var draft in normalized)
        {
            SaveResult? written = null;
            if (!existing.TryGetValue(PresetMapping.NormalizeName(draft.Name), out var current))
            {
                created.Add(draft.Name);
                // An imported preset gets a slug of its own: one from another store may belong to a preset here.
                written = await write.CreateAsync(draft with { Slug = null }, cancellationToken);
            }
            else if (onClash == ImportClash.Skip)
            {
                skipped.Add(draft.Name);
            }
            else
            {
                updated.Add(draft.Name);
                written = await write.ReplaceAsync(current, draft with { Slug = null }, cancellationToken);
            }

            if (written is { Status: SaveStatus.Protected })
            {
                protectedNames.Add(draft.Name);
            }
            else if (written is { IsTaken: true })
            {
                return Refused(written);
            }
        }

        if (protectedNames.Count > 0)
        {
            return new ImportOutcome(created, updated, skipped, new Dictionary<string, string[]>
            {
                ["presets"] = [.. protectedNames.Select(SaveResult.ProtectedMessage)],
            }) { Protected = protectedNames };
        }

        return dryRun || write.Changes.Count == 0 || await CommitAsync(write, cancellationToken) is not { } refusal
            ? new ImportOutcome(created, updated, skipped, new Dictionary<string, string[]>())
            : Refused(refusal);

        ImportOutcome Refused(SaveResult refusal) => new(created, updated, skipped, new Dictionary<string, string[]>
        {
            ["presets"] = [refusal.IsTaken
                ? "Another preset took one of these names meanwhile; try again."
                : "A preset changed while this import ran; try again."],
        });
    }

    public Task<IReadOnlyList<StoredPreset>> ExportAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default) =>
        ReadAsync(context => ExportAsync(context, ids, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<StoredPreset>> ExportAsync(PresetsDbContext context, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var presets = context.Presets.AsNoTracking().Include(p => p.Tags).Where(p => p.DeletedAt == null);
        if (ids is not null)
        {
            var wanted = ids.Distinct().ToList();
            presets = presets.Where(p => wanted.Contains(p.Id));
        }

        var entities = await presets.OrderBy(p => p.NormalizedName).ThenBy(p => p.Id).AsSplitQuery().ToListAsync(cancellationToken);
        return [.. entities.Select(p => p.ToStored())];
    }

    /// <summary>
    /// The one path of a single write: an available store, the author, a transaction in which <paramref name="write"/>
    /// loads, refuses or changes, then commit (with its conflict and name-clash outcomes) and announcement.
    /// </summary>
    private Task<SaveResult> WriteAsync(Actor author, Func<PresetWrite, Task<SaveResult>> write, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var transaction = await BeginWriteAsync(author, cancellationToken);
            var result = await write(transaction);
            if (result.Status != SaveStatus.Saved || transaction.Changes.Count == 0)
            {
                return result;
            }

            return await CommitAsync(transaction, cancellationToken) ?? result;
        });

    /// <summary>A write transaction on the file the store opened, under the author's name.</summary>
    private Task<PresetWrite> BeginWriteAsync(Actor author, CancellationToken cancellationToken) =>
        PresetWrite.BeginAsync(contexts, author with { Name = AuthorOf(author.Name) }, _clock, status, cancellationToken);

    private async Task<SaveResult?> CommitAsync(PresetWrite write, CancellationToken cancellationToken)
    {
        var refusal = await write.CommitAsync(notifier, _logger, cancellationToken);
        status.MarkWritten();
        return refusal;
    }

    /// <summary>One read on its own short-lived context, guarded like every call.</summary>
    private Task<T> ReadAsync<T>(Func<PresetsDbContext, Task<T>> read, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            return await read(context);
        });

    /// <summary>
    /// Every call: refused while the store is unavailable; a failure that shows the database damaged, gone or unwritable
    /// is recorded in <see cref="PresetStoreStatus"/> and thrown as <see cref="PresetStoreUnavailableException"/>.
    /// </summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        status.ThrowIfUnavailable();
        try
        {
            return await call();
        }
        catch (Exception e) when (status.Fault(e) is { } refusal)
        {
            _logger.LogError(e, "{Message}", refusal.Message);
            throw refusal;
        }
    }

    private static string AuthorOf(string? author) => string.IsNullOrWhiteSpace(author) ? Anonymous : author.Trim();

    /// <summary>The refusal of a draft that breaks a rule; <paramref name="valid"/> is the draft trimmed as stored.</summary>
    private static SaveResult? Invalid(PresetDraft draft, out PresetDraft valid)
    {
        valid = draft.Normalized();
        return PresetRules.Check(valid, Definition) is { Count: > 0 } errors ? SaveResult.Invalid(errors) : null;
    }

    private sealed record TagUses(string NormalizedTag, string Tag, int Uses);
}
