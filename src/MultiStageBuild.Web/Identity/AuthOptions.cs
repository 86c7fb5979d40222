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

    /// <summary>The provider, in <see cref="AuthMode.OpenIdConnect"/>.</summary>
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    /// <summary>The gateway, in <see cref="AuthMode.ReverseProxy"/>.</summary>
    public ReverseProxySettings ReverseProxy { get; set; } = new();

    /// <summary>The origin the sign-in and sign-out forms lead on to besides this app: the provider's, in <see cref="AuthMode.OpenIdConnect"/>.</summary>
    public string? ProviderOrigin() =>
        Mode == AuthMode.OpenIdConnect && Uri.TryCreate(OpenIdConnect.Authority, UriKind.Absolute, out var authority)
            ? authority.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>What is wrong with the settings of the chosen mode, each naming its setting; empty when they can be used.</summary>
    public IEnumerable<string> Problems() => Mode switch
    {
        AuthMode.OpenIdConnect => OpenIdConnect.Problems($"{Section}:{nameof(OpenIdConnect)}"),
        AuthMode.ReverseProxy => ReverseProxy.Problems($"{Section}:{nameof(ReverseProxy)}"),
        _ => [],
    };
}
