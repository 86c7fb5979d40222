using System.Text.RegularExpressions;
using AnyAscii;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// The URL- and prompt-name-safe slugs that stand for saved presets in MCP names and resource URIs. The store assigns
/// one per preset at creation and keeps it; these are the rules it assigns them by.
/// </summary>
public static partial class PresetSlugs
{
    /// <summary>The slug of a name that has no letter or digit at all.</summary>
    public const string Fallback = "preset";

    /// <summary>The longest slug.</summary>
    public const int MaxLength = 64;

    /// <summary>Slugs no saved preset gets: the built-in prompt's name and the built-in presets' keys.</summary>
    public static IReadOnlySet<string> Reserved { get; } =
        new HashSet<string>([.. KnownPrompts.All.Select(p => p.Name), .. BuiltInPresets.All.Select(p => p.Key)], StringComparer.Ordinal);

    /// <summary>
    /// The name transliterated to ASCII ("café" → "cafe"), lower-cased, every run of characters outside [a-z0-9_.-]
    /// replaced by '-', trimmed of '-' and cut to <see cref="MaxLength"/> less room for a suffix.
    /// </summary>
    public static string Of(string name)
    {
        var slug = Outside().Replace(name.Transliterate().ToLowerInvariant(), "-").Trim('-');
        slug = slug[..Math.Min(slug.Length, MaxLength - 4)].TrimEnd('-');
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>The first of <paramref name="slug"/>, <c>slug-2</c>, <c>slug-3</c>... that is neither reserved nor taken.</summary>
    public static async Task<string> FirstFreeAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        var candidate = slug;
        for (var n = 2; Reserved.Contains(candidate) || await isTaken(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    /// <summary>Why <paramref name="slug"/> cannot be asked for, or <c>null</c> when it can (if no other preset has it).</summary>
    public static string? Problem(string slug) =>
        slug.Length == 0 || slug.Length > MaxLength || !Whole().IsMatch(slug)
            ? $"A slug is 1 to {MaxLength} characters of a-z, 0-9, '_', '.' and '-', starting and ending with a letter or digit; '{slug}' is not."
            : Reserved.Contains(slug) ? $"The slug '{slug}' is reserved for a built-in prompt or preset."
            : null;

    [GeneratedRegex("[^a-z0-9_.-]+")]
    private static partial Regex Outside();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9_.-]*[a-z0-9])?$")]
    private static partial Regex Whole();
}
