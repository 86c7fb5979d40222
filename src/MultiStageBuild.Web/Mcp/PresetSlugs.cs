using System.Text.RegularExpressions;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Mcp;

/// <summary>The URL- and prompt-name-safe slugs that stand for saved presets in MCP names and resource URIs.</summary>
public static partial class PresetSlugs
{
    /// <summary>The slug of a name that has no character in [a-z0-9_.] at all.</summary>
    public const string Fallback = "preset";

    /// <summary>The name lower-cased, every run of characters outside [a-z0-9_.-] replaced by '-', trimmed of '-'.</summary>
    public static string Of(string name)
    {
        var slug = Outside().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// A unique slug per preset. Presets claim slugs in creation order (then by id), so the oldest keeps the plain
    /// slug and later clashes get the first free <c>-2</c>, <c>-3</c>, ... suffix.
    /// </summary>
    public static IReadOnlyDictionary<Guid, string> Assign(IEnumerable<StoredPreset> presets)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new Dictionary<Guid, string>();
        foreach (var preset in presets.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id))
        {
            var slug = Of(preset.Name);
            var candidate = slug;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{slug}-{n}";
            }

            slugs[preset.Id] = candidate;
        }

        return slugs;
    }

    [GeneratedRegex("[^a-z0-9_.-]+")]
    private static partial Regex Outside();
}
