using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// One write transaction of the preset store, the only way presets change: it loads rows, applies each change as the
/// next version with its revision (refusing a live name that another live preset has), and on commit announces every
/// change once. Anything a write must also record (an audit entry, an outbox row) belongs in <see cref="Record"/>.
/// </summary>
internal sealed class PresetWrite : IAsyncDisposable
{
    private readonly PresetsDbContext _context;
    private readonly IDbContextTransaction _transaction;
    private readonly TimeProvider _clock;
    private readonly PresetStoreStatus _status;
    private readonly List<(PresetEntity Entity, RevisionKind Kind)> _changes = [];

    // Slugs given to presets of this transaction that are not saved yet.
    private readonly HashSet<string> _claimedSlugs = new(StringComparer.Ordinal);

    private PresetWrite(PresetsDbContext context, IDbContextTransaction transaction, Actor actor, TimeProvider clock, PresetStoreStatus status)
    {
        _context = context;
        _transaction = transaction;
        _clock = clock;
        _status = status;
        Actor = actor;
    }

    /// <summary>Who makes the changes, and from where.</summary>
    public Actor Actor { get; }

    /// <summary>Who the changes are recorded under.</summary>
    public string Author => Actor.Name;

    /// <summary>The presets changed so far, in order, with what happened to each.</summary>
    public IReadOnlyList<(PresetEntity Entity, RevisionKind Kind)> Changes => _changes;

    /// <summary>
    /// Opens a context and BEGIN IMMEDIATE, so that concurrent writers queue for the lock instead of failing, then checks
    /// the database file is still the one the store opened (see <see cref="EnsureSameFile"/>).
    /// </summary>
    public static async Task<PresetWrite> BeginAsync(
        IDbContextFactory<PresetsDbContext> contexts, Actor actor, TimeProvider clock, PresetStoreStatus status, CancellationToken cancellationToken)
    {
        var context = await contexts.CreateDbContextAsync(cancellationToken);
        PresetWrite? write = null;
        try
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            write = new PresetWrite(context, transaction, actor, clock, status);
            write.EnsureSameFile();
            return write;
        }
        catch
        {
            if (write is not null)
            {
                await write.DisposeAsync();
            }
            else
            {
                await context.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>A preset with its tags, live or in the trash, tracked for change.</summary>
    public Task<PresetEntity?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        _context.Presets.Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Live presets whose normalized name is one of <paramref name="normalizedNames"/>, by that name, tracked for change.</summary>
    public Task<Dictionary<string, PresetEntity>> LoadLiveByNameAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken) =>
        _context.Presets.Include(p => p.Tags)
            .Where(p => p.DeletedAt == null && normalizedNames.Contains(p.NormalizedName))
            .ToDictionaryAsync(p => p.NormalizedName, cancellationToken);

    /// <summary>A revision of a preset as stored.</summary>
    public Task<PresetRevisionEntity?> LoadRevisionAsync(Guid id, int version, CancellationToken cancellationToken) =>
        _context.PresetRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.PresetId == id && r.Version == version, cancellationToken);

    /// <summary>Adds a preset at version 1 made from a normalized, valid <paramref name="draft"/>.</summary>
    public async Task<SaveResult> CreateAsync(PresetDraft draft, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var entity = new PresetEntity
        {
            Id = Guid.CreateVersion7(now),
            Version = 1,
            CreatedAt = now,
            CreatedBy = Author,
            UpdatedAt = now,
            UpdatedBy = Author,
        };
        entity.Apply(draft);
        if (await NameTakenAsync(entity, cancellationToken))
        {
            return SaveResult.NameTaken(entity.Name);
        }

        if (await ClaimSlugAsync(entity, draft.Slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        _context.Presets.Add(entity);
        Record(entity, RevisionKind.Created);
        return SaveResult.Saved(entity.ToStored());
    }

    /// <summary>
    /// Whether a change to <paramref name="entity"/>, as loaded in this transaction, cannot go ahead, and why: it is gone
    /// or in the trash, protected from this actor, or at a version <paramref name="expected"/> does not match.
    /// </summary>
    public bool Refuses([NotNullWhen(false)] PresetEntity? entity, VersionMatch expected, [NotNullWhen(true)] out SaveResult? refused)
    {
        refused = entity is null || entity.DeletedAt is not null ? SaveResult.NotFound
            : ProtectionRefusal(entity, RevisionKind.Updated) is { } isProtected ? isProtected
            : !expected.Matches(entity.Version) ? SaveResult.Conflict(entity.ToStored())
            : null;
        return refused is not null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a loaded preset as its next version. A change to a protected preset (or to
    /// its protection) by an actor who may not, and a change that leaves the preset live under a name another live preset
    /// has, are refused and nothing of them is written.
    /// </summary>
    public async Task<SaveResult> ChangeAsync(PresetEntity entity, RevisionKind kind, Action<PresetEntity> change, CancellationToken cancellationToken)
    {
        if (ProtectionRefusal(entity, kind) is { } refused)
        {
            return refused;
        }

        var (nameBefore, wasLive) = (entity.NormalizedName, entity.DeletedAt is null);
        entity.UpdatedAt = _clock.GetUtcNow();
        entity.UpdatedBy = Author;
        entity.Version++;
        change(entity);
        if (entity.DeletedAt is null && (!wasLive || entity.NormalizedName != nameBefore) && await NameTakenAsync(entity, cancellationToken))
        {
            return SaveResult.NameTaken(entity.Name);
        }

        Record(entity, kind);
        return SaveResult.Saved(entity.ToStored());
    }

    /// <summary>The refusal of a change of <paramref name="kind"/> to <paramref name="entity"/> that this actor may not make.</summary>
    private SaveResult? ProtectionRefusal(PresetEntity entity, RevisionKind kind) =>
        (entity.IsProtected || kind is RevisionKind.Protected or RevisionKind.Unprotected) && !Actor.MayChangeProtected
            ? SaveResult.Protected(entity.ToStored())
            : null;

    /// <summary>Writes a normalized, valid <paramref name="draft"/> over a loaded preset; the same content writes nothing.</summary>
    public async Task<SaveResult> ReplaceAsync(PresetEntity entity, PresetDraft draft, CancellationToken cancellationToken)
    {
        var before = entity.ToDraft();
        var newSlug = draft.Slug is { } asked && asked != entity.Slug ? asked : null;
        if (before.Equals(draft) && newSlug is null)
        {
            return SaveResult.Saved(entity.ToStored());
        }

        if (ProtectionRefusal(entity, RevisionKind.Updated) is { } isProtected)
        {
            return isProtected;
        }

        if (newSlug is not null && await ClaimSlugAsync(entity, newSlug, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await ChangeAsync(entity, before.Name != draft.Name ? RevisionKind.Renamed : RevisionKind.Updated, e => e.Apply(draft), cancellationToken);
    }

    /// <summary>
    /// Saves and commits every change, then announces them. Returns <c>null</c> when committed, else why not: a row
    /// changed outside this transaction (a conflict with what is stored now) or a name taken meanwhile.
    /// </summary>
    public async Task<SaveResult?> CommitAsync(IPresetChangeNotifier notifier, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await _context.SaveChangesAsync(cancellationToken);
            EnsureSameFile();
            await _transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            await _transaction.RollbackAsync(CancellationToken.None);
            var id = e.Entries.Select(entry => entry.Entity).OfType<PresetEntity>().FirstOrDefault()?.Id ?? _changes[0].Entity.Id;
            // Read past this context's tracked rows: what is stored now.
            var current = await _context.Presets.AsNoTracking().Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, CancellationToken.None);
            return current is null || current.DeletedAt is not null ? SaveResult.NotFound : SaveResult.Conflict(current.ToStored());
        }
        catch (DbUpdateException e) when (IsUniqueNameViolation(e))
        {
            return SaveResult.NameTaken(_changes[0].Entity.Name);
        }

        var changes = _changes.Select(c => new PresetChange(c.Entity.Id, c.Entity.Name, c.Kind, c.Entity.Version, Author)).ToList();
        try
        {
            await notifier.PublishAsync(changes);
        }
        catch (Exception e)
        {
            // The writes are committed; a failing notifier must not turn them into an error.
            logger.LogError(e, "Could not announce {Count} committed preset change(s).", changes.Count);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _context.DisposeAsync();
    }

    /// <summary>
    /// Throws <see cref="PresetStoreUnavailableException"/>, and marks the store unavailable, when the database file was
    /// deleted, replaced or overwritten since the store opened it: SQLite would go on writing into the old file unseen, so
    /// a write acknowledged now would be lost. Checked as the write begins and again just before it commits.
    /// </summary>
    private void EnsureSameFile()
    {
        if (_status.DatabasePath is { } path && SqliteFile.Check((SqliteConnection)_context.Database.GetDbConnection(), path) is { } fault)
        {
            throw _status.Fault(fault);
        }
    }

    /// <summary>What every change writes beside the row itself.</summary>
    private void Record(PresetEntity entity, RevisionKind kind)
    {
        _context.PresetRevisions.Add(PresetMapping.NewRevision(entity, kind, Author));
        _changes.Add((entity, kind));
    }

    /// <summary>
    /// Gives <paramref name="entity"/> the slug asked for, or on creation the first free one made from its name. A slug
    /// stays taken while its preset exists, trashed or not, so an MCP prompt name never comes to mean another preset.
    /// </summary>
    private async Task<SaveResult?> ClaimSlugAsync(PresetEntity entity, string? asked, CancellationToken cancellationToken)
    {
        if (asked is not null)
        {
            if (PresetSlugs.Problem(asked) is { } problem)
            {
                return SaveResult.Invalid(new Dictionary<string, string[]> { ["slug"] = [problem] });
            }

            if (await SlugTakenAsync(asked))
            {
                return SaveResult.SlugTaken(asked);
            }
        }

        entity.Slug = asked ?? await PresetSlugs.FirstFreeAsync(PresetSlugs.Of(entity.Name), SlugTakenAsync);
        _claimedSlugs.Add(entity.Slug);
        return null;

        async Task<bool> SlugTakenAsync(string slug) =>
            _claimedSlugs.Contains(slug) || await _context.Presets.AnyAsync(p => p.Slug == slug && p.Id != entity.Id, cancellationToken);
    }

    private Task<bool> NameTakenAsync(PresetEntity entity, CancellationToken cancellationToken) =>
        _context.Presets.AnyAsync(p => p.NormalizedName == entity.NormalizedName && p.DeletedAt == null && p.Id != entity.Id, cancellationToken);

    private static bool IsUniqueNameViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19 } inner
        && inner.Message.Contains(nameof(PresetEntity.NormalizedName), StringComparison.Ordinal);
}
