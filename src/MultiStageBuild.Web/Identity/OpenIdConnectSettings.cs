namespace MultiStageBuild.Web.Identity;

/// <summary>The <c>Auth:OpenIdConnect</c> settings: the provider, this app's client there, and how its claims give a role.</summary>
public sealed class OpenIdConnectSettings : GroupRoleSettings
{
    /// <summary>The provider's issuer URL; its discovery document is at <c>/.well-known/openid-configuration</c> below it.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The scopes asked for, space-separated; add the one that releases groups (often <c>groups</c>).</summary>
    public string Scope { get; set; } = "openid profile";

    /// <summary>A claim whose values are role names of this app (viewer, editor, admin), such as <c>roles</c>; off when empty.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>The claim whose values are looked up in the <c>Roles</c> table.</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claims a member's name is taken from, the first present winning; the subject (<c>sub</c>) otherwise.</summary>
    public string[] NameClaims { get; set; } = ["preferred_username", "email", "name"];

    /// <summary>Whether the discovery document must come over HTTPS; only a provider on this machine can do without.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    internal IEnumerable<string> Problems(string section)
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return $"{section}:Authority must be the provider's issuer URL, such as https://login.example.com/realms/team.";
        }
        else if (authority.Scheme == "http" && RequireHttpsMetadata)
        {
            yield return $"{section}:Authority is plain HTTP: use HTTPS, or set {section}:RequireHttpsMetadata to false for a provider on this machine.";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return $"{section}:ClientId must be the client id this app is registered under at the provider.";
        }

        foreach (var problem in RoleProblems(section))
        {
            yield return problem;
        }
    }
}
