namespace MultiStageBuild.Web.Identity;

/// <summary>
/// How the groups a provider or gateway asserts become one of the app's roles: the <c>Roles</c> table maps a group
/// (compared without regard to case) to a role; a member of several groups gets the highest role they map to, and a
/// member of none gets <see cref="DefaultRole"/>, or no role.
/// </summary>
public abstract class GroupRoleSettings
{
    /// <summary>Group → role, such as <c>Roles:platform-team = editor</c>.</summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role of a signed-in person whose groups map to none; none when empty.</summary>
    public string? DefaultRole { get; set; }

    /// <summary>The highest role <paramref name="groups"/> map to, and <paramref name="roleNames"/> name directly.</summary>
    public string? RoleOf(IEnumerable<string> groups, IEnumerable<string>? roleNames = null)
    {
        var table = new Dictionary<string, string>(Roles, StringComparer.OrdinalIgnoreCase);
        var held = groups.Select(g => table.GetValueOrDefault(g.Trim())).Concat(roleNames ?? []).Where(AppRoles.IsRole).ToList();
        if (held.Count == 0 && !string.IsNullOrWhiteSpace(DefaultRole))
        {
            held.Add(DefaultRole);
        }

        return AppRoles.All.LastOrDefault(held.Contains);
    }

    protected IEnumerable<string> RoleProblems(string section)
    {
        foreach (var (group, role) in Roles.Where(r => !AppRoles.IsRole(r.Value)))
        {
            yield return $"{section}:Roles:{group} is '{role}'; a role is {string.Join(", ", AppRoles.All)}.";
        }

        if (!string.IsNullOrWhiteSpace(DefaultRole) && !AppRoles.IsRole(DefaultRole))
        {
            yield return $"{section}:DefaultRole is '{DefaultRole}'; a role is {string.Join(", ", AppRoles.All)}.";
        }
    }
}
