namespace MultiStageBuild.Web.Identity;

/// <summary>An admin's invitation to make one account with <see cref="Role"/>; only the hash of its link's code is kept.</summary>
public sealed class AccountInvitationEntity : HashedSecretEntity
{
    public string CodeHash { get; set; } = "";

    public string Role { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }
}
