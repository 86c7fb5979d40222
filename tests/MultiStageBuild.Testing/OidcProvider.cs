using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Testing;

/// <summary>
/// A real OpenID Connect provider on loopback (oidc-provider, OpenID Certified; tests/oidc-provider/provider.mjs) with
/// this app as its client and test users: ada (group msb-admins), eddie (msb-editors), vera (staff), rita (no group,
/// the role claim "editor") and nora (a group mapped to nothing). Its port is chosen when this object is made, so
/// that the app's settings can name it; <see cref="StartAsync"/> starts it once the app's address is known.
/// </summary>
public sealed partial class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "multistagebuild-tests";
    public const string ClientSecret = "test-client-secret-not-for-production";
    public const string Password = "Provider-Password-7";

    private static readonly Dictionary<string, object> Users = new()
    {
        ["ada"] = new { password = Password, groups = new[] { "msb-admins", "staff" } },
        ["eddie"] = new { password = Password, groups = new[] { "msb-editors" } },
        ["vera"] = new { password = Password, groups = new[] { "staff" } },
        ["rita"] = new { password = Password, roles = new[] { "editor" } },
        ["nora"] = new { password = Password, groups = new[] { "visitors" } },
    };

    private Process? _process;

    public OidcProvider() => Authority = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");

    /// <summary>The provider's issuer.</summary>
    public Uri Authority { get; }

    /// <summary>The app's settings for single sign-on at this provider, with the groups msb-admins, msb-editors and staff mapped to roles.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        [LocalSignIn.ModeSetting] = nameof(AuthMode.OpenIdConnect),
        ["Auth:OpenIdConnect:Authority"] = Authority.ToString(),
        ["Auth:OpenIdConnect:ClientId"] = ClientId,
        ["Auth:OpenIdConnect:ClientSecret"] = ClientSecret,
        ["Auth:OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["Auth:OpenIdConnect:Scope"] = "openid profile groups",
        ["Auth:OpenIdConnect:RoleClaim"] = "roles",
        ["Auth:OpenIdConnect:Roles:msb-admins"] = AppRoles.Admin,
        ["Auth:OpenIdConnect:Roles:msb-editors"] = AppRoles.Editor,
        ["Auth:OpenIdConnect:Roles:staff"] = AppRoles.Viewer,
    };

    /// <summary>Starts the provider with the app at <paramref name="app"/> as its client; returns once its discovery document answers.</summary>
    public async Task StartAsync(Uri app, CancellationToken cancellationToken)
    {
        var config = JsonSerializer.Serialize(new
        {
            port = Authority.Port,
            clientId = ClientId,
            clientSecret = ClientSecret,
            redirectUris = new[] { new Uri(app, "/signin-oidc").ToString() },
            postLogoutRedirectUris = new[] { new Uri(app, "/signout-callback-oidc").ToString() },
            users = Users,
        });
        var (process, line) = await NodeScript.StartAsync(
            Path.Combine(RepositoryRoot.Path, "tests", "oidc-provider"), "provider.mjs", "oidc-provider",
            new Dictionary<string, string> { ["OIDC_CONFIG"] = config }, cancellationToken);
        _process = process;
        if (line != $"listening on {Authority.ToString().TrimEnd('/')}")
        {
            throw new InvalidOperationException($"The provider said '{line}' instead of listening on {Authority}.");
        }

        using var http = new HttpClient();
        using var discovery = await http.GetAsync(new Uri(Authority, "/.well-known/openid-configuration"), cancellationToken);
        discovery.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Signs <paramref name="userName"/> in to the app at <paramref name="app"/> through the provider, as a browser
    /// does: the app's sign-in button, the provider's login form, the redirects between them. Returns a client holding
    /// the app's cookie (and the provider's session), which does not follow redirects.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(Uri app, string userName, string password = Password, string returnUrl = "/")
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = app,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var landed = await ContinueAsync(client, await StartSignInAsync(client, returnUrl));
        var login = await SubmitLoginAsync(client, landed, userName, password);
        using var home = await FollowAsync(client, login);
        if (home.RequestMessage?.RequestUri is not { } at || at.Authority != app.Authority || at.AbsolutePath != returnUrl)
        {
            throw new InvalidOperationException($"Signing {userName} in ended at {home.RequestMessage?.RequestUri} ({(int)home.StatusCode}): {await home.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>Posts the app's sign-in form (the single sign-on button); the answer sends the browser to the provider.</summary>
    public static async Task<HttpResponseMessage> StartSignInAsync(HttpClient client, string returnUrl = "/")
    {
        var fields = await LocalSignIn.HiddenFieldsAsync(client, $"{AccountEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return await client.PostAsync(AccountEndpoints.SignInPath, new FormUrlEncodedContent(fields));
    }

    /// <summary>Follows the redirects from <paramref name="response"/> to the provider's login page.</summary>
    public static async Task<HttpResponseMessage> ContinueAsync(HttpClient client, HttpResponseMessage response)
    {
        var page = await FollowAsync(client, response);
        if (page.StatusCode != HttpStatusCode.OK || page.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Expected the provider's login page, got {page.RequestMessage?.RequestUri} ({(int)page.StatusCode}): {await page.Content.ReadAsStringAsync()}");
        }

        return page;
    }

    /// <summary>Fills and posts the provider's login form shown in <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, HttpResponseMessage page, string userName, string password)
    {
        var action = FormAction().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        return await client.PostAsync(
            new Uri(page.RequestMessage!.RequestUri!, action),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = userName, ["password"] = password }));
    }

    /// <summary>Answers yes on the provider's sign-out page shown in <paramref name="page"/> (its end-session endpoint).</summary>
    public static async Task<HttpResponseMessage> ConfirmSignOutAsync(HttpClient client, HttpResponseMessage page)
    {
        var html = await page.Content.ReadAsStringAsync();
        var action = SignOutAction().Match(html).Groups[1].Value;
        var xsrf = SignOutToken().Match(html).Groups[1].Value;
        if (action.Length == 0 || xsrf.Length == 0)
        {
            throw new InvalidOperationException($"Expected the provider's sign-out page at {page.RequestMessage?.RequestUri}: {html}");
        }

        return await client.PostAsync(
            new Uri(page.RequestMessage!.RequestUri!, action),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["xsrf"] = xsrf, ["logout"] = "yes" }));
    }

    /// <summary>Follows redirects across the app and the provider with the client's cookies, as a browser does.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect)
        {
            var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            response.Dispose();
            response = await client.GetAsync(next);
        }

        return response;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await NodeScript.StopAsync(_process);
        }
    }

    [GeneratedRegex("""<form method="post" action="([^"]+)">""")]
    private static partial Regex FormAction();

    [GeneratedRegex("""<form id="op.logoutForm" method="post" action="([^"]+)">""")]
    private static partial Regex SignOutAction();

    [GeneratedRegex("""<input type="hidden" name="xsrf" value="([^"]+)"/>""")]
    private static partial Regex SignOutToken();
}
