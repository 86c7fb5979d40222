namespace MultiStageBuild.Web.Identity;

/// <summary>The <c>Auth</c> section of the settings.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.None;

    /// <summary>How long an invitation link can be used.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a signed-in browser's cookie is checked against its account: a role change, a removal or "sign out everywhere" reaches it within this.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
