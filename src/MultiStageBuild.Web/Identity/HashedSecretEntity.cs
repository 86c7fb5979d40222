namespace MultiStageBuild.Web.Identity;

/// <summary>
/// A row kept for a secret handed out once, such as an invitation link's code or an API token: only the secret's hash
/// (<see cref="SecretCodes.Hash"/>) is stored, the row is found by it, and it stops working at <see cref="ExpiresAt"/>.
/// </summary>
public abstract class HashedSecretEntity
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Whether the secret has stopped working by <paramref name="now"/>: it works until, not at, <see cref="ExpiresAt"/>.</summary>
    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
}
