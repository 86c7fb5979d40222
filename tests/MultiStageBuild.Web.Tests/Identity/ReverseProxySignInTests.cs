using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Api;
using static MultiStageBuild.Web.Tests.Identity.ReverseProxyAppHost;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// Sign-in by a gateway's headers on a real Kestrel server: trusted only from a known proxy's address, roles from the
/// group table, the named person recorded as the author, and a member row their API tokens act for.
/// </summary>
public sealed class ReverseProxySignInTests(ReverseProxyAppHost host) : IClassFixture<ReverseProxyAppHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHeadersFromAKnownProxySignInWithTheRoleTheGroupsGive()
    {
        using var gina = GatewayClient(host, "gina", "staff, msb-editors");
        await gina.AddAntiforgeryHeaderAsync();

        using var created = await gina.PostJsonAsync("/api/presets", """{"name": "gina's", "args": {"source": "/src"}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var presets = host.Services.GetRequiredService<IPresetRepository>();
        var saved = await presets.FindByNameAsync("gina's", Ct);
        Assert.Equal("gina", saved!.CreatedBy);
        Assert.Equal("gina", (await presets.RevisionsAsync(saved.Id, Ct)).Single().Author);
        var page = await gina.GetPageAsync("/presets");
        Assert.Contains("gina (editor)", page);
        Assert.DoesNotContain("data-testid=\"sign-out\"", page);
    }

    [Fact]
    public async Task AViewersGroupReadsButCannotWriteAndUnmappedGroupsGiveNoRole()
    {
        using var victor = GatewayClient(host, "victor", "staff");
        await victor.AddAntiforgeryHeaderAsync();
        using var nobody = GatewayClient(host, "nadia", "visitors");

        Assert.Equal(HttpStatusCode.OK, (await victor.GetAsync("/api/presets", Ct)).StatusCode);
        using var write = await victor.PostJsonAsync("/api/presets", """{"name": "victor's", "args": {"source": "/src"}}""");
        var refused = await write.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(AppRoles.Editor, refused.GetProperty("requiredRole").GetString());
        using var read = await nobody.GetAsync("/api/presets", Ct);
        Assert.Contains("no role", (await read.AssertProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task NewGroupsFromTheGatewayChangeTheMembersRoleAndTheirTokensFollow()
    {
        using (var asViewer = GatewayClient(host, "greta", "staff"))
        {
            Assert.Equal(HttpStatusCode.OK, (await asViewer.GetAsync("/api/presets", Ct)).StatusCode);
        }

        using var asAdmin = GatewayClient(host, "greta", "msb-admins");
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.GetAsync("/api/presets", Ct)).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var greta = await users.FindByNameAsync("greta");
        Assert.Equal([AppRoles.Admin], await users.GetRolesAsync(greta!));
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokens>()
            .CreateAsync(greta!.Id, "greta's agent", ApiTokenScope.Write, DateTimeOffset.UtcNow.AddDays(1), Ct);
        using var agent = host.NewCookieClient();
        agent.DefaultRequestHeaders.Authorization = new("Bearer", token.Secret);
        using var created = await agent.PostJsonAsync("/api/presets", """{"name": "greta's agent's", "args": {"source": "/src"}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("greta", (await host.Services.GetRequiredService<IPresetRepository>().FindByNameAsync("greta's agent's", Ct))!.CreatedBy);
    }

    [Fact]
    public async Task WithoutTheHeaderTheRequestIsAnonymous()
    {
        using var anonymous = host.NewCookieClient();

        using var api = await anonymous.GetAsync("/api/presets", Ct);
        await api.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer realm=", api.Headers.WwwAuthenticate.ToString());
        using var page = await anonymous.GetAsync("/presets", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("X-Forwarded-User", await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheHeadersAreIgnoredWhenLoopbackIsNotAKnownProxy()
    {
        await using var elsewhere = await AppHost.StartAsync(new AppHostOptions { Settings = Settings(knownNetwork: "10.0.0.0/8") });
        using var mallory = GatewayClient(elsewhere, "mallory", "msb-admins");

        using var api = await mallory.GetAsync("/api/presets", Ct);
        using var page = await mallory.GetAsync("/presets", Ct);

        await api.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer realm=", api.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        await using var scope = elsewhere.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("mallory"));
    }

    [Fact]
    public async Task AKnownNetworkHoldingLoopbackIsTrusted()
    {
        await using var network = await AppHost.StartAsync(new AppHostOptions { Settings = Settings(knownNetwork: "127.0.0.0/8") });
        using var nina = GatewayClient(network, "nina", "staff");

        using var api = await nina.GetAsync("/api/presets", Ct);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", null, "127.0.0.1", true)]
    [InlineData("127.0.0.1", null, "::ffff:127.0.0.1", true)]
    [InlineData("127.0.0.1", null, "127.0.0.2", false)]
    [InlineData(null, "10.1.0.0/16", "10.1.200.3", true)]
    [InlineData(null, "10.1.0.0/16", "::ffff:10.1.200.3", true)]
    [InlineData(null, "10.1.0.0/16", "10.2.0.1", false)]
    [InlineData(null, "fd00::/8", "fd12::1", true)]
    public void KnownProxiesAndNetworksMatchAsForwardedHeadersDoes(string? proxy, string? network, string address, bool trusted)
    {
        var settings = new ReverseProxySettings { KnownProxies = proxy is null ? [] : [proxy], KnownNetworks = network is null ? [] : [network] };

        Assert.Equal(trusted, settings.Trusts(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task SettingsWithoutAKnownProxyStopTheAppAtStartNamingTheSetting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AppHost.StartAsync(new AppHostOptions { Settings = Settings() }));

        Assert.Contains("Auth:ReverseProxy:KnownProxies or Auth:ReverseProxy:KnownNetworks must name the gateway's address", failure.ToString());
    }
}
