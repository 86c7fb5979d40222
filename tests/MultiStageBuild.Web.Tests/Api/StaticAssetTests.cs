using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace MultiStageBuild.Web.Tests.Api;

/// <summary>
/// What <c>/</c> makes a browser download: every stylesheet and script under a fingerprinted address, cacheable for
/// good, and compressed when the browser accepts it (MudBlazor's too, whose package declares its own addresses).
/// The host runs as a Release build does (Production, <c>ReloadStaticAssetsAtRuntime</c> off, see Program.cs): these
/// tests build in Debug, where ASP.NET Core's live reloading of changed files answers no-cache instead. A build carries
/// gzip copies; a publish adds Brotli ones, so either encoding is accepted here.
/// </summary>
public sealed partial class StaticAssetTests(StaticAssetTests.ReleaseLikeHost host) : IClassFixture<StaticAssetTests.ReleaseLikeHost>
{
    [Fact]
    public async Task EveryLinkedStylesheetAndScriptIsFingerprintedCompressedAndImmutable()
    {
        var assets = await LinkedAssetsAsync();

        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprinted(), asset);

            using var plain = await GetAsync(asset, acceptEncoding: null);
            var body = await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.NotEmpty(body);
            Assert.Empty(plain.Content.Headers.ContentEncoding);

            using var compressed = await GetAsync(asset, acceptEncoding: "br, gzip");
            var encoding = compressed.Content.Headers.ContentEncoding.SingleOrDefault();
            var encoded = await compressed.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.True(encoding is "br" or "gzip", $"{asset} came back {(encoding is null ? "uncompressed" : "as " + encoding)}");
            Assert.True(encoded.Length < body.Length, $"{asset}: {encoded.Length} bytes compressed, {body.Length} plain");
            Assert.Equal(body, Decompress(encoded, encoding!));
            foreach (var response in new[] { plain, compressed })
            {
                Assert.True(response.Headers.CacheControl is { MaxAge.TotalDays: >= 365 } cache && cache.Extensions.Any(e => e.Name == "immutable"),
                    $"{asset} answered Cache-Control: {response.Headers.CacheControl}");
            }
        }
    }

    /// <summary>The theme's CSS travels once, in the page's head, not in the circuit's first render.</summary>
    [Fact]
    public async Task ThemeStylesAreInThePageHeadOnce()
    {
        var html = await host.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        Assert.Equal(1, ThemeStyle().Count(html));
        Assert.Equal(1, ThemeStyle().Count(head));
        Assert.Contains("--mud-palette-primary: rgba(63,81,181,1);", head);
    }

    private async Task<List<string>> LinkedAssetsAsync()
    {
        var html = await host.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        return [.. LinkedAsset().Matches(html).Select(m => m.Groups["url"].Value)];
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static byte[] Decompress(byte[] encoded, string encoding)
    {
        using var input = new MemoryStream(encoded);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("""<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(?<url>[^"]+)"[^>]*>""")]
    private static partial Regex LinkedAsset();

    // MapStaticAssets' fingerprint: name.{10 base-36 characters}.ext
    [GeneratedRegex(@"\.[0-9a-z]{10}\.(css|js)$")]
    private static partial Regex Fingerprinted();

    [GeneratedRegex("<style class='mud-theme-provider'>")]
    private static partial Regex ThemeStyle();

    /// <summary>The app on a real Kestrel port, configured as a Release build runs, with a throw-away preset database.</summary>
    public sealed class ReleaseLikeHost() : AppHost(new AppHostOptions
    {
        Environment = "Production",
        Settings = new Dictionary<string, string?> { ["ReloadStaticAssetsAtRuntime"] = "false" },
    });
}
