using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MultiStageBuild.Web.Data.Configurations;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// Finds the ids of one page of presets, and the total, with statements SQLite answers from an index. Matching live
/// presets are counted in the PresetSearch trigram index (kept by triggers, see the PresetSearchIndex migration); a
/// page is either a walk along the sort's index that stops after a bounded number of rows (when matches are common),
/// or the matches gathered from the search index and sorted (when they are few, or the walk ran out of budget).
/// The trash, usually small, is read through the DeletedAt index and sorted.
/// </summary>
internal sealed class PresetSearch
{
    // How many sort-order rows a walk may read, as a multiple of what it should need if matches were spread evenly.
    private const int WalkSlack = 4;
    private const int WalkMinimum = 256;

    private readonly PresetsDbContext _context;
    private readonly PresetSort _sort;
    private readonly string? _text;
    private readonly string? _tag;
    private readonly List<string> _conditions = [];
    private readonly List<SqliteParameter> _parameters = [];

    private PresetSearch(PresetsDbContext context, PresetQuery query)
    {
        _context = context;
        _sort = query.Sort;
        _text = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().ToLowerInvariant();
        _tag = string.IsNullOrWhiteSpace(query.Tag) ? null : PresetMapping.NormalizeTag(query.Tag);

        // instr over the lower-case SearchText is the same substring test as the trigram index, character for character.
        if (_text is not null)
        {
            _conditions.Add("instr(p.SearchText, $text) > 0");
            _parameters.Add(new SqliteParameter("$text", _text));
        }

        if (_tag is not null)
        {
            _conditions.Add("EXISTS (SELECT 1 FROM PresetTags AS t WHERE t.PresetId = p.Id AND t.NormalizedTag = $tag)");
            _parameters.Add(new SqliteParameter("$tag", _tag));
        }
    }

    /// <summary>Whether the preset in row <c>p</c> matches the search and the tag (SQL).</summary>
    private string Matches => _conditions.Count == 0 ? "1" : string.Join(" AND ", _conditions);

    /// <summary>The page's preset ids in order, and how many presets match in all.</summary>
    public static async Task<(List<Guid> Ids, int Total)> FindAsync(PresetsDbContext context, PresetQuery query, int skip, int take, CancellationToken cancellationToken)
    {
        var search = new PresetSearch(context, query);
        return query.Trash
            ? await search.FindInTrashAsync(skip, take, cancellationToken)
            : await search.FindLiveAsync(skip, take, cancellationToken);
    }

    private async Task<(List<Guid> Ids, int Total)> FindInTrashAsync(int skip, int take, CancellationToken cancellationToken)
    {
        const string Trash = $"Presets AS p INDEXED BY {PresetEntityConfiguration.DeletedAtIndex} WHERE p.DeletedAt IS NOT NULL";
        var total = await ScalarAsync($"SELECT count(*) AS Value FROM {Trash} AND {Matches}", cancellationToken);
        var ids = total <= skip ? [] : await IdsAsync(
            $"SELECT p.Id AS Value FROM {Trash} AND {Matches} ORDER BY {TrashOrder} LIMIT $take OFFSET $skip",
            Paging(skip, take), cancellationToken);
        return (ids, total);
    }

    private async Task<(List<Guid> Ids, int Total)> FindLiveAsync(int skip, int take, CancellationToken cancellationToken)
    {
        // Every row (a b-tree count of the smallest index) minus the trash (a range of that index).
        const string LiveCount = "(SELECT count(*) FROM Presets) - (SELECT count(*) FROM Presets WHERE DeletedAt IS NOT NULL)";
        if (_conditions.Count == 0)
        {
            var all = await ScalarAsync($"SELECT {LiveCount} AS Value", cancellationToken);
            return (all <= skip ? [] : await WalkAsync(skip, take, budget: null, cancellationToken), all);
        }

        if (_text?.EnumerateRunes().Count() == 1)
        {
            // One character: no index answers it, so count by scanning (it usually matches most presets anyway).
            var scanned = await ScalarAsync($"SELECT count(*) AS Value FROM Presets AS p WHERE p.DeletedAt IS NULL AND {Matches}", cancellationToken);
            return (scanned <= skip ? [] : await WalkAsync(skip, take, budget: null, cancellationToken), scanned);
        }

        if (await MatchExpressionAsync(cancellationToken) is not { } match)
        {
            return ([], 0);
        }

        _parameters.Add(new SqliteParameter("$match", match));
        const string CountBoth = $"SELECT (SELECT count(*) FROM PresetSearch WHERE PresetSearch MATCH $match) AS Matches, {LiveCount} AS Live";
        var (total, live) = await _context.Database.SqlQueryRaw<Counts>(CountBoth, [.. Parameters(CountBoth)]).SingleAsync(cancellationToken);
        var expected = Math.Clamp(total - skip, 0, take);
        if (expected == 0)
        {
            return ([], total);
        }

        // Walking the sort order reads about (skip + take) * live / total rows if matches are spread evenly;
        // gathering reads every match. A walk that finds too few in its budget (matches bunched late in the order,
        // like one project's presets by name) gives way to gathering.
        var walk = ((long)skip + take) * live / total;
        if (walk < total)
        {
            var budget = (int)Math.Min(live, (walk * WalkSlack) + WalkMinimum);
            var walked = await WalkAsync(skip, take, budget, cancellationToken);
            if (walked.Count == expected || budget >= live)
            {
                return (walked, total);
            }
        }

        return (await GatherAsync(skip, take, cancellationToken), total);
    }

    /// <summary>Live presets in sort order along the sort's index, testing each row; a budget bounds the rows read.</summary>
    private Task<List<Guid>> WalkAsync(int skip, int take, int? budget, CancellationToken cancellationToken)
    {
        if (budget is null)
        {
            return IdsAsync($"SELECT p.Id AS Value FROM {Live} AND {Matches} ORDER BY {LiveOrder("p")} LIMIT $take OFFSET $skip",
                Paging(skip, take), cancellationToken);
        }

        return IdsAsync($"""
            SELECT w.Id AS Value FROM (
                SELECT p.Id, p.NormalizedName, p.UpdatedAt, p.CreatedAt, {Matches} AS Hit
                FROM {Live} ORDER BY {LiveOrder("p")} LIMIT $budget) AS w
            WHERE w.Hit ORDER BY {LiveOrder("w")} LIMIT $take OFFSET $skip
            """, [.. Paging(skip, take), new SqliteParameter("$budget", budget.Value)], cancellationToken);
    }

    /// <summary>Every match from the search index, sorted (CROSS JOIN keeps the index as the outer loop).</summary>
    private Task<List<Guid>> GatherAsync(int skip, int take, CancellationToken cancellationToken) =>
        IdsAsync($"""
            SELECT p.Id AS Value FROM PresetSearch CROSS JOIN Presets AS p ON p.rowid = PresetSearch.rowid
            WHERE PresetSearch MATCH $match AND p.DeletedAt IS NULL ORDER BY {LiveOrder("p")} LIMIT $take OFFSET $skip
            """, Paging(skip, take), cancellationToken);

    /// <summary>The FTS5 query for a search of two or more characters and the tag, or <c>null</c> when nothing can match.</summary>
    private async Task<string?> MatchExpressionAsync(CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (_tag is not null)
        {
            // The Tags column holds ",TAG1,TAG2,": a tag is a whole item between commas, and tags never hold commas.
            if (_tag.Contains(',', StringComparison.Ordinal))
            {
                return null;
            }

            parts.Add($"Tags : {Phrase($",{_tag},")}");
        }

        if (_text?.EnumerateRunes().Count() == 2)
        {
            // Every two characters in the index start a trigram (the text ends with two line feeds), so the
            // trigrams that start with them are exactly where they occur. They are listed one seek each: the instance
            // vocabulary gives a term's first instance at once, and the next term is the first one at or after
            // term || char(1), trigrams being three characters long.
            var terms = await _context.Database.SqlQueryRaw<string>("""
                    WITH RECURSIVE Terms(Term) AS (
                        SELECT (SELECT term FROM PresetSearchTerms WHERE term >= $prefix ORDER BY term LIMIT 1)
                        UNION ALL
                        SELECT (SELECT v.term FROM PresetSearchTerms AS v WHERE v.term >= Terms.Term || char(1) ORDER BY v.term LIMIT 1)
                        FROM Terms WHERE Terms.Term < $prefix || char(1114111))
                    SELECT Term AS Value FROM Terms WHERE Term < $prefix || char(1114111)
                    """,
                    new SqliteParameter("$prefix", _text))
                .ToListAsync(cancellationToken);
            if (terms.Count == 0)
            {
                return null;
            }

            parts.Add($"Text : ({string.Join(" OR ", terms.Select(Phrase))})");
        }
        else if (_text is not null)
        {
            parts.Add($"Text : {Phrase(_text)}");
        }

        return string.Join(" AND ", parts);
    }

    private static string Phrase(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Live presets, along the sort's index.</summary>
    private string Live => $"Presets AS p INDEXED BY {SortIndex} WHERE p.DeletedAt IS NULL";

    private string SortIndex => _sort switch
    {
        PresetSort.RecentlyUpdated => PresetEntityConfiguration.UpdatedIndex,
        PresetSort.RecentlyCreated => PresetEntityConfiguration.CreatedIndex,
        _ => PresetEntityConfiguration.NameIndex,
    };

    private string LiveOrder(string row) => _sort switch
    {
        // Names are unique among live presets: each order ends with the name, exactly as its index does.
        PresetSort.RecentlyUpdated => $"{row}.UpdatedAt DESC, {row}.NormalizedName",
        PresetSort.RecentlyCreated => $"{row}.CreatedAt DESC, {row}.NormalizedName",
        _ => $"{row}.NormalizedName",
    };

    private string TrashOrder => _sort switch
    {
        PresetSort.RecentlyUpdated => "p.UpdatedAt DESC, p.NormalizedName, p.Id",
        PresetSort.RecentlyCreated => "p.CreatedAt DESC, p.NormalizedName, p.Id",
        _ => "p.NormalizedName, p.UpdatedAt DESC, p.Id",
    };

    private static SqliteParameter[] Paging(int skip, int take) => [new("$skip", skip), new("$take", take)];

    private Task<int> ScalarAsync(string sql, CancellationToken cancellationToken) =>
        _context.Database.SqlQueryRaw<int>(sql, [.. Parameters(sql)]).SingleAsync(cancellationToken);

    private Task<List<Guid>> IdsAsync(string sql, SqliteParameter[] extra, CancellationToken cancellationToken) =>
        _context.Database.SqlQueryRaw<Guid>(sql, [.. Parameters(sql), .. extra]).ToListAsync(cancellationToken);

    /// <summary>Fresh copies of the parameters the statement names (a parameter belongs to one command).</summary>
    private IEnumerable<SqliteParameter> Parameters(string sql) =>
        _parameters.Where(p => sql.Contains(p.ParameterName, StringComparison.Ordinal)).Select(p => new SqliteParameter(p.ParameterName, p.Value));

    private sealed record Counts(int Matches, int Live);
}
