using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>Single sign-on at a real OpenID Connect provider: members made at first sign-in, roles from claims, authorship, refusals and sign-out.</summary>
public sealed class OpenIdConnectSignInTests(OpenIdConnectAppHost host) : IClassFixture<OpenIdConnectAppHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFirstSignInMakesAMemberWithTheRoleItsGroupsGive()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        foreach (var (name, role) in new[] { ("ada", AppRoles.Admin), ("eddie", AppRoles.Editor), ("vera", AppRoles.Viewer) })
        {
            var member = await users.FindByNameAsync(name);
            Assert.NotNull(member);
            Assert.Equal([role], await users.GetRolesAsync(member));
            Assert.Contains(await users.GetLoginsAsync(member), l => l.LoginProvider == nameof(AuthMode.OpenIdConnect) && l.ProviderKey == name);
        }
    }

    [Fact]
    public async Task TheRoleClaimNamesARoleDirectly()
    {
        using var rita = await OidcProvider.SignInAsync(host.BaseAddress, "rita");
        await rita.AddAntiforgeryHeaderAsync();

        using var created = await rita.PostJsonAsync("/api/presets", """{"name": "rita's", "args": {"source": "/src"}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await host.Services.GetRequiredService<IPresetRepository>().FindByNameAsync("rita's", Ct);
        Assert.Equal("rita", (await host.Services.GetRequiredService<IPresetRepository>().RevisionsAsync(saved!.Id, Ct)).Single().Author);
    }

    [Fact]
    public async Task AnIdentityWhoseGroupsMapToNoRoleIsSignedInButRefused()
    {
        using var nora = NewClient();
        var login = await OidcProvider.ContinueAsync(nora, await OidcProvider.StartSignInAsync(nora, "/presets"));

        using var landed = await OidcProvider.FollowAsync(nora, await OidcProvider.SubmitLoginAsync(nora, login, "nora", OidcProvider.Password));

        Assert.Equal(AccountEndpoints.SignInPath, landed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You are signed in as nora, whose role (none) does not open that page.", await landed.Content.ReadAsStringAsync(Ct));
        using var api = await nora.GetAsync("/api/presets", Ct);
        var problem = await api.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("no role", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AWrongPasswordAtTheProviderSignsNobodyIn()
    {
        using var client = NewClient();
        var login = await OidcProvider.ContinueAsync(client, await OidcProvider.StartSignInAsync(client));

        using var refused = await OidcProvider.SubmitLoginAsync(client, login, "eddie", "not the password");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Wrong user name or password.", await refused.Content.ReadAsStringAsync(Ct));
        using var api = await client.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionHereAndAtTheProvider()
    {
        using var client = await OidcProvider.SignInAsync(host.BaseAddress, "vera");
        var form = await LocalSignIn.HiddenFieldsAsync(client, "/about");

        using var signedOut = await client.PostAsync(AccountEndpoints.SignOutPath, new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(host.Provider.Authority.Authority, signedOut.Headers.Location!.Authority);
        Assert.Contains("id_token_hint=", signedOut.Headers.Location.Query);
        using (var api = await client.GetAsync("/api/presets", Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }

        using var back = await OidcProvider.FollowAsync(client, await OidcProvider.ConfirmSignOutAsync(client, await OidcProvider.FollowAsync(client, signedOut)));
        Assert.Equal(new Uri(host.BaseAddress, AccountEndpoints.SignInPath), back.RequestMessage!.RequestUri);
        Assert.Contains("Sign in with single sign-on", await back.Content.ReadAsStringAsync(Ct));
        using var again = await OidcProvider.ContinueAsync(client, await OidcProvider.StartSignInAsync(client));
        Assert.Contains("Password", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheSignInButtonPushesTheAuthorizationRequestToTheProvider()
    {
        using var client = NewClient();

        using var challenge = await OidcProvider.StartSignInAsync(client);

        // The parameters, the PKCE challenge among them, went to the provider's pushed authorization endpoint directly.
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal(new Uri(host.Provider.Authority, "/auth").ToString(), location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(OidcProvider.ClientId, query["client_id"]);
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"]);
    }

    [Fact]
    public async Task TheProviderRefusesACodeFlowWithoutPkce()
    {
        using var client = NewClient();
        var redirect = new Uri(host.BaseAddress, "/signin-oidc");

        using var refused = await client.GetAsync(
            new Uri(host.Provider.Authority, $"/auth?client_id={OidcProvider.ClientId}&response_type=code&scope=openid&state=s&redirect_uri={Uri.EscapeDataString(redirect.ToString())}"), Ct);

        // So every sign-in these tests complete used PKCE.
        var answer = System.Web.HttpUtility.ParseQueryString(refused.Headers.Location!.Query);
        Assert.Equal(redirect.GetLeftPart(UriPartial.Path), refused.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("invalid_request", answer["error"]);
        Assert.Contains("PKCE", answer["error_description"]);
    }

    [Fact]
    public async Task TheAboutPageSaysSingleSignOnIsOn()
    {
        var about = await host.Clients[AppRoles.Viewer].GetPageAsync("/about");

        Assert.Contains("Single sign-on (Auth:Mode OpenIdConnect)", about);
    }

    [Fact]
    public async Task SettingsWithoutAnAuthorityStopTheAppAtStartNamingTheSetting()
    {
        var settings = host.Provider.AppSettings();
        settings["Auth:OpenIdConnect:Authority"] = null;

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AppHost.StartAsync(new AppHostOptions { Settings = settings }));

        Assert.Contains("Auth:OpenIdConnect:Authority must be the provider's issuer URL", failure.ToString());
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
}
