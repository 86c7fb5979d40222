namespace MultiStageBuild.Web.Api;

/// <summary>
/// What an <c>If-Match</c> header accepts (RFC 9110 §13.1.1): any current version (<c>*</c>), or the versions named by
/// its strong entity tags. Weak tags (<c>W/"3"</c>) and tags that are no version never match under the strong
/// comparison If-Match uses.
/// </summary>
internal sealed record IfMatch(bool Any, IReadOnlyList<int> Versions)
{
    /// <summary>The one version sent, when the header names exactly one and nothing else.</summary>
    public int? Single => !Any && Versions.Count == 1 ? Versions[0] : null;

    public bool Matches(int version) => Any || Versions.Contains(version);
}
