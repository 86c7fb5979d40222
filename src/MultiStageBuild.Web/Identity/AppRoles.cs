using System.Security.Claims;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// The roles, each allowing what the ones before it allow: a viewer reads, renders and exports; an editor also
/// creates, updates, trashes, restores and imports; an admin also manages members.
/// </summary>
public static class AppRoles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    private static readonly string[] Ranked = [Viewer, Editor, Admin];

    public static IReadOnlyList<string> All => Ranked;

    public static bool IsRole(string? role) => role is not null && Array.IndexOf(Ranked, role) >= 0;

    /// <summary>Whether <paramref name="user"/> holds <paramref name="role"/> or one above it.</summary>
    public static bool Allows(ClaimsPrincipal user, string role) =>
        Ranked.Skip(Rank(role)).Any(user.IsInRole);

    /// <summary>The highest role <paramref name="user"/> holds, or <c>null</c>.</summary>
    public static string? Highest(ClaimsPrincipal user) => Ranked.LastOrDefault(user.IsInRole);

    /// <summary>The lower of two roles: what a token of limited scope keeps of its owner's role.</summary>
    public static string Lower(string a, string b) => Rank(a) <= Rank(b) ? a : b;

    private static int Rank(string role) =>
        Array.IndexOf(Ranked, role) is var rank and >= 0 ? rank : throw new ArgumentException($"'{role}' is not a role.", nameof(role));
}
