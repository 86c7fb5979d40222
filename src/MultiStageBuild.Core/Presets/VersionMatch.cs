namespace MultiStageBuild.Core.Presets;

/// <summary>
/// The versions of a preset a change may go ahead at, checked inside the change's own transaction: the one version the
/// writer last read, any current version (HTTP's <c>If-Match: *</c>), or any of several. A match naming no version
/// (only weak or unknown entity tags were sent) accepts none.
/// </summary>
public sealed class VersionMatch
{
    private VersionMatch(bool any, IReadOnlyList<int> versions)
    {
        Any = any;
        Versions = versions;
    }

    /// <summary>Any version the preset is at while it is live.</summary>
    public static VersionMatch AnyVersion { get; } = new(any: true, []);

    /// <summary>Whether any current version matches.</summary>
    public bool Any { get; }

    /// <summary>The versions that match, when not <see cref="Any"/>.</summary>
    public IReadOnlyList<int> Versions { get; }

    /// <summary>The one version named, when exactly one is and nothing else.</summary>
    public int? Single => !Any && Versions.Count == 1 ? Versions[0] : null;

    /// <summary>Exactly the versions given (none: nothing matches).</summary>
    public static VersionMatch OneOf(IEnumerable<int> versions) => new(any: false, [.. versions.Distinct()]);

    /// <summary>Whether a preset at <paramref name="version"/> may be changed.</summary>
    public bool Matches(int version) => Any || Versions.Contains(version);

    /// <summary>The version a writer last read, the usual precondition.</summary>
    public static implicit operator VersionMatch(int version) => new(any: false, [version]);
}
