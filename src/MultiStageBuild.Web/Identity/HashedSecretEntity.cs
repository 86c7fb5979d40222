namespace MultiStageBuild.Web.Identity;

/// <summary>
/// A row kept for a secret handed out once, such as an invitation link's code or an API token: only the secret's hash
/// (<see cref="SecretCodes.Hash"/>) is stored, the row is found by it, and it stops working at <see cref="ExpiresAt"/> or when used up.
/// </summary>
public abstract class HashedSecretEntity
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public bool ExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>Whether the secret still works at <paramref name="now"/>: neither expired nor used up.</summary>
    public abstract bool UsableAt(DateTimeOffset now);
}
