using System.Net;
using System.Text.RegularExpressions;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Api;

public sealed partial class SiteTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{
    [Fact]
    public async Task HealthCheckAnswersOk()
    {
        using var response = await host.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DesignerPagePrerendersTheSeedDefaults()
    {
        var html = await host.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<h1", html);
        Assert.Contains("multi-stage-build", html);
        Assert.Contains("data-interactive=\"false\"", html);
    }

    /// <summary>A misconfigured static file set answers 200 with an empty body, so the check is on length.</summary>
    [Fact]
    public async Task EveryLinkedStylesheetAndScriptHasABody()
    {
        var html = await host.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var assets = LinkedAsset().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.Contains(assets, a => a.Contains("app", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("MudBlazor", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("designer", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await host.Client.GetAsync(asset, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}");
            Assert.True(body.Length > 0, $"{asset} has an empty body");
        }
    }

    [GeneratedRegex("""<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(?<url>[^"]+)"[^>]*>""")]
    private static partial Regex LinkedAsset();
}
