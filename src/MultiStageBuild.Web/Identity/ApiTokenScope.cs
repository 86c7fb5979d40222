namespace MultiStageBuild.Web.Identity;

/// <summary>What a token may do: <c>read</c> as a viewer, <c>write</c> as an editor, never more than its owner's role.</summary>
public static class ApiTokenScope
{
    public const string Read = "read";
    public const string Write = "write";

    public static IReadOnlyList<string> All { get; } = [Read, Write];

    /// <summary>The role a token of <paramref name="scope"/> acts with for an owner holding <paramref name="ownerRole"/>.</summary>
    public static string Role(string scope, string ownerRole) => AppRoles.Lower(scope == Write ? AppRoles.Editor : AppRoles.Viewer, ownerRole);
}
