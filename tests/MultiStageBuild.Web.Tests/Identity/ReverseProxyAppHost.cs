using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// The app in <c>Auth:Mode</c> <c>ReverseProxy</c> with loopback as its known proxy, so the tests' requests stand for
/// the gateway's; groups msb-admins, msb-editors and staff give admin, editor and viewer.
/// </summary>
public sealed class ReverseProxyAppHost() : McpAppHost(Settings(knownProxy: "127.0.0.1"))
{
    public static Dictionary<string, string?> Settings(string? knownProxy = null, string? knownNetwork = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [LocalSignIn.ModeSetting] = nameof(AuthMode.ReverseProxy),
            ["Auth:ReverseProxy:Roles:msb-admins"] = AppRoles.Admin,
            ["Auth:ReverseProxy:Roles:msb-editors"] = AppRoles.Editor,
            ["Auth:ReverseProxy:Roles:staff"] = AppRoles.Viewer,
        };
        if (knownProxy is not null)
        {
            settings["Auth:ReverseProxy:KnownProxies:0"] = knownProxy;
        }

        if (knownNetwork is not null)
        {
            settings["Auth:ReverseProxy:KnownNetworks:0"] = knownNetwork;
        }

        return settings;
    }

    /// <summary>A client whose every request carries the gateway's headers for <paramref name="userName"/> in <paramref name="groups"/>.</summary>
    public static HttpClient GatewayClient(AppHost app, string userName, string groups)
    {
        var client = app.NewCookieClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-User", userName);
        client.DefaultRequestHeaders.Add("X-Forwarded-Groups", groups);
        return client;
    }
}
