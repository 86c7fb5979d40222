namespace MultiStageBuild.Web.Identity;

/// <summary>A personal API token; only the hash of its secret is kept.</summary>
public sealed class ApiTokenEntity : HashedSecretEntity
{
    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><see cref="ApiTokenScope.Read"/> or <see cref="ApiTokenScope.Write"/>.</summary>
    public string Scope { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
