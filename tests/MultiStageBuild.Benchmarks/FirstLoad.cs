using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MultiStageBuild.Benchmarks;

/// <summary>What one cold page load of <c>/</c> cost: bytes on the wire, circuit traffic, and time to interactive.</summary>
/// <param name="HttpBytes">Sum of CDP <c>Network.loadingFinished</c> encodedDataLength (headers and compressed bodies) until interactive.</param>
/// <param name="Requests">The HTTP requests made.</param>
/// <param name="WebSocketBytes">Circuit payload bytes both ways until interactive.</param>
/// <param name="InteractiveMs">Navigation start to <c>[data-interactive=true]</c>.</param>
/// <param name="Responses">Each finished request: URL, bytes, Content-Encoding as the browser got it.</param>
public sealed record FirstLoadResult(double HttpBytes, int Requests, double WebSocketBytes, double InteractiveMs, IReadOnlyList<LoadedResource> Responses);

public sealed record LoadedResource(string Url, double Bytes, string ContentEncoding);

/// <summary>One static asset requested again with <c>Accept-Encoding: br, gzip</c>, as a cache or CDN would see it.</summary>
public sealed record AssetCheck(string Path, double Bytes, string ContentEncoding, string CacheControl, bool Fingerprinted)
{
    public bool Compressed => ContentEncoding is "br" or "gzip";

    public bool Immutable => CacheControl.Contains("immutable", StringComparison.OrdinalIgnoreCase);

    public bool Ok => Compressed && Immutable && Fingerprinted;
}

public static partial class FirstLoad
{
    /// <summary>Loads <c>/</c> in a fresh context (empty cache) and waits for the circuit.</summary>
    public static async Task<FirstLoadResult> MeasureAsync(IBrowser browser, Uri address)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(PageProbes.Interactive);
        var cdp = await context.NewCDPSessionAsync(page);
        var urls = new ConcurrentDictionary<string, string>();
        var encodings = new ConcurrentDictionary<string, string>();
        var finished = new ConcurrentDictionary<string, double>();
        var webSocketBytes = 0L;
        var interactive = false;
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            if (e is { } data)
            {
                urls[data.GetProperty("requestId").GetString()!] = data.GetProperty("request").GetProperty("url").GetString()!;
            }
        };
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            if (e is { } data)
            {
                encodings[data.GetProperty("requestId").GetString()!] = Header(data.GetProperty("response").GetProperty("headers"), "content-encoding");
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } data && !Volatile.Read(ref interactive))
            {
                finished[data.GetProperty("requestId").GetString()!] = data.GetProperty("encodedDataLength").GetDouble();
            }
        };
        void CountFrame(JsonElement? e)
        {
            if (e is { } data && !Volatile.Read(ref interactive))
            {
                Interlocked.Add(ref webSocketBytes, WebSocketTraffic.PayloadBytes(data.GetProperty("response"), out _, out _));
            }
        }

        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => CountFrame(e);
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => CountFrame(e);
        await cdp.SendAsync("Network.enable");

        await page.GotoAsync(address.ToString());
        await page.WaitForFunctionAsync("() => window.__interactiveAt !== undefined", null, new() { Timeout = 60_000 });
        var interactiveMs = await page.EvaluateAsync<double>("() => window.__interactiveAt");
        Volatile.Write(ref interactive, true);

        var resources = finished
            .Select(p => new LoadedResource(urls.GetValueOrDefault(p.Key, p.Key), p.Value, encodings.GetValueOrDefault(p.Key, "")))
            .OrderByDescending(r => r.Bytes)
            .ToList();
        return new FirstLoadResult(resources.Sum(r => r.Bytes), resources.Count, Interlocked.Read(ref webSocketBytes), interactiveMs, resources);
    }

    /// <summary>Requests every static resource of a load again with <c>Accept-Encoding: br, gzip</c> and reads its headers.</summary>
    public static async Task<IReadOnlyList<AssetCheck>> CheckAssetsAsync(Uri address, FirstLoadResult load)
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var checks = new List<AssetCheck>();
        foreach (var url in load.Responses.Select(r => new Uri(r.Url)).Where(IsStatic).Select(u => u.PathAndQuery).Distinct())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, url));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            checks.Add(new AssetCheck(
                url,
                body.Length,
                string.Join(",", response.Content.Headers.ContentEncoding),
                response.Headers.CacheControl?.ToString() ?? "",
                Fingerprint().IsMatch(url)));
        }

        return checks;
    }

    private static bool IsStatic(Uri url) => url.AbsolutePath != "/" && !url.AbsolutePath.StartsWith("/_blazor", StringComparison.Ordinal);

    private static string Header(JsonElement headers, string name) =>
        headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } header
            ? header.Value.GetString() ?? ""
            : "";

    // MapStaticAssets' fingerprint: name.{10 base-36 characters}.ext
    [GeneratedRegex(@"\.[0-9a-z]{8,16}\.[a-z0-9]+(\?|$)")]
    private static partial Regex Fingerprint();
}
