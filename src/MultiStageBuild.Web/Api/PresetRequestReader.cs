using System.Globalization;
using Microsoft.Net.Http.Headers;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// Reads the presets API's query parameters and headers, each failure a problem naming the parameter or header:
/// paging and filters, import options, export ids, <c>If-Match</c> versions and the <c>X-Author</c> header.
/// </summary>
internal static class PresetRequestReader
{
    public const string AuthorHeader = "X-Author";
    public const string DefaultAuthor = "api";

    private static readonly Dictionary<string, PresetSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = PresetSort.Name,
        ["updated"] = PresetSort.RecentlyUpdated,
        ["created"] = PresetSort.RecentlyCreated,
    };

    private static readonly Dictionary<string, ImportClash> Clashes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["skip"] = ImportClash.Skip,
        ["update"] = ImportClash.Update,
    };

    /// <summary><c>search</c>, <c>tag</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c> and <c>trash</c>.</summary>
    public static Parsed<PresetQuery> ReadQuery(IQueryCollection query)
    {
        var errors = new FieldErrors();
        var result = ReadQuery(query, errors);
        return Checked(result, errors);
    }

    /// <summary>
    /// The same parameters, each one that is wrong replaced by its default and named in <paramref name="errors"/>: the
    /// presets page reads its own address so, and shows what it could not use.
    /// </summary>
    public static PresetQuery ReadQuery(IQueryCollection query, FieldErrors errors)
    {
        var defaults = new PresetQuery();
        return new PresetQuery(
            Search: query["search"].ToString() is { Length: > 0 } search ? search : null,
            Tag: query["tag"].ToString() is { Length: > 0 } tag ? tag : null,
            Sort: Lookup(query, "sort", Sorts, defaults.Sort, errors),
            Page: Number(query, "page", defaults.Page, 1, int.MaxValue, errors),
            PageSize: Number(query, "pageSize", defaults.PageSize, 1, PresetQuery.MaxPageSize, errors),
            Trash: Flag(query, "trash", errors));
    }

    /// <summary>The parameters <see cref="ReadQuery(IQueryCollection, FieldErrors)"/> reads back into <paramref name="query"/>; defaults are left out.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> WriteQuery(PresetQuery query)
    {
        var defaults = new PresetQuery();
        var pairs = new (string Name, string? Value, bool IsDefault)[]
        {
            ("search", query.Search, string.IsNullOrEmpty(query.Search)),
            ("tag", query.Tag, string.IsNullOrEmpty(query.Tag)),
            ("sort", Sorts.First(s => s.Value == query.Sort).Key, query.Sort == defaults.Sort),
            ("page", query.Page.ToString(CultureInfo.InvariantCulture), query.Page == defaults.Page),
            ("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture), query.PageSize == defaults.PageSize),
            ("trash", "true", !query.Trash),
        };
        return pairs.Where(p => !p.IsDefault).Select(p => KeyValuePair.Create(p.Name, p.Value));
    }

    /// <summary><c>onClash</c> (skip by default) and <c>dryRun</c>.</summary>
    public static Parsed<ImportOptions> ReadImportOptions(IQueryCollection query)
    {
        var errors = new FieldErrors();
        var options = new ImportOptions(Lookup(query, "onClash", Clashes, ImportClash.Skip, errors), Flag(query, "dryRun", errors));
        return Checked(options, errors);
    }

    /// <summary><c>ids=a,b</c>: the presets to export, or <c>null</c> for all.</summary>
    public static Parsed<IReadOnlyCollection<Guid>?> ReadIds(IQueryCollection query)
    {
        var parts = query["ids"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var invalid = parts.Where(p => !Guid.TryParse(p, out _)).ToList();
        if (invalid.Count > 0)
        {
            var errors = new FieldErrors();
            errors.Add("ids", $"ids must be preset ids separated by commas; not an id: {string.Join(", ", invalid)}.");
            return Checked<IReadOnlyCollection<Guid>?>(null, errors);
        }

        return new(parts.Count == 0 ? null : [.. parts.Select(Guid.Parse)], null);
    }

    /// <summary>
    /// <c>If-Match</c> as the versions a change may go ahead at (RFC 9110 §13.1.1): <c>*</c> is any current version, a list
    /// its strong tags' versions (weak tags never match under the strong comparison If-Match uses). 428 when it is
    /// missing, 400 when it is not <c>*</c> or a list of entity tags. The store compares it in the write's transaction.
    /// </summary>
    public static Parsed<VersionMatch> ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return Parsed<VersionMatch>.Failed(ApiProblems.IfMatchRequired());
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            return Parsed<VersionMatch>.Failed(ApiProblems.IfMatchMalformed(header.ToString()));
        }

        if (tags.Any(t => t.Tag == "*"))
        {
            return new(VersionMatch.AnyVersion, null);
        }

        var versions = tags.Where(t => !t.IsWeak)
            .Select(t => int.TryParse(t.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : (int?)null)
            .OfType<int>();
        return new(VersionMatch.OneOf(versions), null);
    }

    /// <summary>The quoted version, as <c>ETag</c> and <c>If-Match</c> carry it.</summary>
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Who makes a change: the signed-in identity; without sign-in, the <c>X-Author</c> header, or <see cref="DefaultAuthor"/>;
    /// with its role and address (<see cref="RequestActors"/>).
    /// </summary>
    public static Actor Author(HttpRequest request) => RequestActors.Of(request.HttpContext,
        request.HttpContext.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } signedIn } ? signedIn
        : request.Headers[AuthorHeader].ToString() is var author && !string.IsNullOrWhiteSpace(author) ? author.Trim() : DefaultAuthor);

    private static T Lookup<T>(IQueryCollection query, string name, Dictionary<string, T> values, T fallback, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        errors.Add(name, $"{name} must be {string.Join(" or ", values.Keys)}, not '{text}'.");
        return fallback;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(name, max == int.MaxValue ? $"{name} must be a whole number of {min} or more, not '{text}'." : $"{name} must be a whole number from {min} to {max}, not '{text}'.");
        return fallback;
    }

    private static bool Flag(IQueryCollection query, string name, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(name, $"{name} must be true or false, not '{text}'.");
        return false;
    }

    private static Parsed<T> Checked<T>(T value, FieldErrors errors) => Parsed<T>.From(new(value, errors), "The query is not valid");
}
