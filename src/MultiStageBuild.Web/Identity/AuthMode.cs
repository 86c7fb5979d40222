namespace MultiStageBuild.Web.Identity;

/// <summary>How people sign in: <c>Auth:Mode</c> in the settings.</summary>
public enum AuthMode
{
    /// <summary>No accounts: one person on their own machine; everyone who reaches the app may change presets.</summary>
    None,

    /// <summary>Accounts in the app's own database, created by the first person and then by admin invitation.</summary>
    Local,

    /// <summary>Company single sign-on: an OpenID Connect provider signs people in (code flow with PKCE).</summary>
    OpenIdConnect,

    /// <summary>A trusted gateway in front of the app signs people in and names them in request headers.</summary>
    ReverseProxy,
}
