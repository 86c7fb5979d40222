using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
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

    private static PromptDefinition Definition => MultiStageBuildPrompt.Definition;

    public async Task<PresetPage> SearchAsync(PresetQuery query, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, PresetQuery.MaxPageSize);

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
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

    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);

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

    public async Task<StoredPreset?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await context.Presets.AsNoTracking().Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return entity?.ToStored();
    }

    public async Task<StoredPreset?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        var normalized = PresetMapping.NormalizeName(name);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await context.Presets.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.NormalizedName == normalized && p.DeletedAt == null, cancellationToken);
        return entity?.ToStored();
    }

    public async Task<SaveResult> CreateAsync(PresetDraft draft, string author, CancellationToken cancellationToken = default)
    {
        if (Prepare(ref draft, ref author) is { } invalid)
        {
            return invalid;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await NameTakenAsync(context, draft.Name, except: null, cancellationToken))
        {
            return NameTaken(draft.Name);
        }

        var entity = NewPreset(draft, author);
        context.Presets.Add(entity);
        context.PresetRevisions.Add(PresetMapping.NewRevision(entity, RevisionKind.Created, author));
        return await CommitAsync(context, transaction, entity, RevisionKind.Created, author, cancellationToken);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, PresetDraft draft, int expectedVersion, string author, CancellationToken cancellationToken = default)
    {
        if (Prepare(ref draft, ref author) is { } invalid)
        {
            return invalid;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var entity = await LoadAsync(context, id, cancellationToken);
        if (Refuses(entity, expectedVersion, out var refused))
        {
            return refused;
        }

        var before = entity.ToDraft();
        if (before.Equals(draft))
        {
            // Nothing changed: no new version, no revision, no notification.
            return SaveResult.Saved(entity.ToStored());
        }

        if (await NameTakenAsync(context, draft.Name, except: id, cancellationToken))
        {
            return NameTaken(draft.Name);
        }

        var kind = before.Name != draft.Name ? RevisionKind.Renamed : RevisionKind.Updated;
        Change(context, entity, kind, author, e => e.Apply(draft));
        return await CommitAsync(context, transaction, entity, kind, author, cancellationToken);
    }

    public async Task<SaveResult> DeleteAsync(Guid id, int expectedVersion, string author, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        author = AuthorOf(author);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var entity = await LoadAsync(context, id, cancellationToken);
        if (Refuses(entity, expectedVersion, out var refused))
        {
            return refused;
        }

        Change(context, entity, RevisionKind.Deleted, author, e => e.DeletedAt = e.UpdatedAt);
        return await CommitAsync(context, transaction, entity, RevisionKind.Deleted, author, cancellationToken);
    }

    public async Task<SaveResult> RestoreAsync(Guid id, string author, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        author = AuthorOf(author);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var entity = await LoadAsync(context, id, cancellationToken);
        if (entity is null)
        {
            return SaveResult.NotFound;
        }

        if (entity.DeletedAt is null)
        {
            // Already live (restored by someone else, say): nothing to do.
            return SaveResult.Saved(entity.ToStored());
        }

        if (await NameTakenAsync(context, entity.Name, except: id, cancellationToken))
        {
            return NameTaken(entity.Name);
        }

        Change(context, entity, RevisionKind.Restored, author, e => e.DeletedAt = null);
        return await CommitAsync(context, transaction, entity, RevisionKind.Restored, author, cancellationToken);
    }

    public async Task<IReadOnlyList<PresetRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var revisions = await context.PresetRevisions.AsNoTracking()
            .Where(r => r.PresetId == id)
            .OrderByDescending(r => r.Version)
            .ToListAsync(cancellationToken);
        return [.. revisions.Select(r => r.ToRevision())];
    }

    public async Task<SaveResult> RestoreRevisionAsync(Guid id, int version, string author, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        author = AuthorOf(author);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var entity = await LoadAsync(context, id, cancellationToken);
        var revision = await context.PresetRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PresetId == id && r.Version == version, cancellationToken);
        if (entity is null || entity.DeletedAt is not null || revision is null)
        {
            return SaveResult.NotFound;
        }

        var draft = revision.ToRevision().Snapshot.Normalized();
        if (PresetRules.Check(draft, Definition) is { Count: > 0 } errors)
        {
            return SaveResult.Invalid(errors);
        }

        if (await NameTakenAsync(context, draft.Name, except: id, cancellationToken))
        {
            return NameTaken(draft.Name);
        }

        Change(context, entity, RevisionKind.Restored, author, e => e.Apply(draft));
        return await CommitAsync(context, transaction, entity, RevisionKind.Restored, author, cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, string author, bool dryRun, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        author = AuthorOf(author);
        var normalized = drafts.Select(d => d.Normalized()).ToList();
        var errors = new Dictionary<string, List<string>>();
        void Add(string path, string message) => (errors.TryGetValue(path, out var list) ? list : errors[path] = []).Add(message);

        for (var i = 0; i < normalized.Count; i++)
        {
            PresetRules.CheckEntry(i, normalized[i], Definition, Add);
        }

        PresetRules.CheckUniqueNames(normalized.Select((draft, i) => (i, draft)), Add);

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = dryRun ? null : await context.Database.BeginTransactionAsync(cancellationToken);
        var names = normalized.Select(d => PresetMapping.NormalizeName(d.Name)).Distinct().ToList();
        var existing = await context.Presets.Include(p => p.Tags)
            .Where(p => p.DeletedAt == null && names.Contains(p.NormalizedName))
            .ToDictionaryAsync(p => p.NormalizedName, cancellationToken);

        List<string> created = [], updated = [], skipped = [];
        var writes = new List<(PresetEntity Entity, RevisionKind Kind)>();
        foreach (var draft in normalized)
        {
            if (!existing.TryGetValue(PresetMapping.NormalizeName(draft.Name), out var current))
            {
                created.Add(draft.Name);
                writes.Add((NewPreset(draft, author), RevisionKind.Created));
            }
            else if (onClash == ImportClash.Skip)
            {
                skipped.Add(draft.Name);
            }
            else
            {
                updated.Add(draft.Name);
                var before = current.ToDraft();
                if (!before.Equals(draft))
                {
                    writes.Add((current, before.Name != draft.Name ? RevisionKind.Renamed : RevisionKind.Updated));
                }
            }
        }

        var outcome = new ImportOutcome(created, updated, skipped, errors.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        if (dryRun || !outcome.Succeeded || transaction is null)
        {
            return outcome;
        }

        var byName = normalized.ToDictionary(d => PresetMapping.NormalizeName(d.Name));
        foreach (var (entity, kind) in writes)
        {
            if (kind == RevisionKind.Created)
            {
                context.Presets.Add(entity);
                context.PresetRevisions.Add(PresetMapping.NewRevision(entity, kind, author));
            }
            else
            {
                var draft = byName[entity.NormalizedName];
                Change(context, entity, kind, author, e => e.Apply(draft));
            }
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueNameViolation(e))
        {
            return outcome with { Errors = new Dictionary<string, string[]> { ["presets"] = ["Another preset took one of these names meanwhile; try again."] } };
        }

        await PublishAsync([.. writes.Select(w => new PresetChange(w.Entity.Id, w.Entity.Name, w.Kind, w.Entity.Version, author))]);
        return outcome;
    }

    public async Task<IReadOnlyList<StoredPreset>> ExportAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default)
    {
        status.ThrowIfUnavailable();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var presets = context.Presets.AsNoTracking().Include(p => p.Tags).Where(p => p.DeletedAt == null);
        if (ids is not null)
        {
            var wanted = ids.Distinct().ToList();
            presets = presets.Where(p => wanted.Contains(p.Id));
        }

        var entities = await presets.OrderBy(p => p.NormalizedName).ThenBy(p => p.Id).AsSplitQuery().ToListAsync(cancellationToken);
        return [.. entities.Select(p => p.ToStored())];
    }

    private static Task<PresetEntity?> LoadAsync(PresetsDbContext context, Guid id, CancellationToken cancellationToken) =>
        context.Presets.Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static Task<bool> NameTakenAsync(PresetsDbContext context, string name, Guid? except, CancellationToken cancellationToken)
    {
        var normalized = PresetMapping.NormalizeName(name);
        return context.Presets.AnyAsync(p => p.NormalizedName == normalized && p.DeletedAt == null && p.Id != except, cancellationToken);
    }

    private static SaveResult NameTaken(string name) =>
        SaveResult.Invalid(new Dictionary<string, string[]> { ["name"] = [$"A preset named '{name}' already exists."] });

    private static string AuthorOf(string? author) => string.IsNullOrWhiteSpace(author) ? Anonymous : author.Trim();

    private PresetEntity NewPreset(PresetDraft draft, string author)
    {
        var now = _clock.GetUtcNow();
        var entity = new PresetEntity
        {
            Id = Guid.CreateVersion7(now),
            Version = 1,
            CreatedAt = now,
            CreatedBy = author,
            UpdatedAt = now,
            UpdatedBy = author,
        };
        entity.Apply(draft);
        return entity;
    }

    /// <summary>Applies a change as the next version and records its revision.</summary>
    private void Change(PresetsDbContext context, PresetEntity entity, RevisionKind kind, string author, Action<PresetEntity> change)
    {
        entity.UpdatedAt = _clock.GetUtcNow();
        entity.UpdatedBy = author;
        entity.Version++;
        change(entity);
        context.PresetRevisions.Add(PresetMapping.NewRevision(entity, kind, author));
    }

    private async Task<SaveResult> CommitAsync(PresetsDbContext context, IDbContextTransaction transaction, PresetEntity entity, RevisionKind kind, string author, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone wrote the row outside our transaction's view: report what is stored now.
            await transaction.RollbackAsync(CancellationToken.None);
            var current = await FindAsync(entity.Id, CancellationToken.None);
            return current is null || current.IsDeleted ? SaveResult.NotFound : SaveResult.Conflict(current);
        }
        catch (DbUpdateException e) when (IsUniqueNameViolation(e))
        {
            return NameTaken(entity.Name);
        }

        var saved = entity.ToStored();
        await PublishAsync([new PresetChange(saved.Id, saved.Name, kind, saved.Version, author)]);
        return SaveResult.Saved(saved);
    }

    private async Task PublishAsync(IReadOnlyList<PresetChange> changes)
    {
        try
        {
            await notifier.PublishAsync(changes);
        }
        catch (Exception e)
        {
            // The writes are committed; a failing notifier must not turn them into an error.
            _logger.LogError(e, "Could not announce {Count} committed preset change(s).", changes.Count);
        }
    }

    private static bool IsUniqueNameViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19 } inner
        && inner.Message.Contains(nameof(PresetEntity.NormalizedName), StringComparison.Ordinal);

    private sealed record TagUses(string NormalizedTag, string Tag, int Uses);

    /// <summary>Whether a write to <paramref name="entity"/> cannot go ahead (gone, trashed or changed since), and why.</summary>
    private static bool Refuses([NotNullWhen(false)] PresetEntity? entity, int expectedVersion, [NotNullWhen(true)] out SaveResult? refused)
    {
        refused = entity is null || entity.DeletedAt is not null ? SaveResult.NotFound
            : entity.Version != expectedVersion ? SaveResult.Conflict(entity.ToStored())
            : null;
        return refused is not null;
    }

    /// <summary>What every write of a draft starts with: an available store, a normalized draft, an author, valid fields.</summary>
    private SaveResult? Prepare(ref PresetDraft draft, ref string author)
    {
        status.ThrowIfUnavailable();
        draft = draft.Normalized();
        author = AuthorOf(author);
        return PresetRules.Check(draft, Definition) is { Count: > 0 } errors ? SaveResult.Invalid(errors) : null;
    }
}
