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
        using var nora = await OidcProvider.SignInAsync(host.BaseAddress, "nora");

        using var api = await nora.GetAsync("/api/presets", Ct);
        var problem = await api.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("no role", problem.GetProperty("detail").GetString());

        using var page = await nora.GetAsync("/presets", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var signIn = await nora.GetStringAsync(page.Headers.Location, Ct);
        Assert.Contains("You are signed in as nora, whose role (none) does not open that page.", signIn);
    }

    [Fact]
    public async Task AWrongPasswordAtTheProviderSignsNobodyIn()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
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
        var endSession = signedOut.Headers.Location!;
        Assert.Equal(host.Provider.Authority.Authority, endSession.Authority);
        Assert.Contains("id_token_hint=", endSession.Query);
        using var api = await client.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageSendsToTheProviderWithPkce()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var challenge = await OidcProvider.StartSignInAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var query = System.Web.HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(OidcProvider.ClientId, query["client_id"]);
    }

    [Fact]
    public async Task TheAboutPageSaysSingleSignOnIsOn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/about");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await host.Clients[AppRoles.Viewer].SendAsync(request, Ct);

        Assert.Contains("Single sign-on (Auth:Mode OpenIdConnect)", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SettingsWithoutAnAuthorityStopTheAppAtStartNamingTheSetting()
    {
        var settings = host.Provider.AppSettings();
        settings["Auth:OpenIdConnect:Authority"] = null;

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AppHost.StartAsync(new AppHostOptions { Settings = settings }));

        Assert.Contains("Auth:OpenIdConnect:Authority must be the provider's issuer URL", failure.ToString());
    }
}
