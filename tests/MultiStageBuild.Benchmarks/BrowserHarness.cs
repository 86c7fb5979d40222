using System.Text;
using MultiStageBuild.Benchmarks.FloorApp;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// Keystroke-to-preview latency, circuit bytes per keystroke and first load, for the designer and for the bare floor
/// page, in the same run: typing alternates between the two in blocks so both see the same machine load.
/// </summary>
public static class BrowserHarness
{
    private const int Block = 10;
    private const int WarmUpKeys = 10;
    private const int CountedKeys = 10;

    public static async Task<Section> RunAsync(ChromiumSession browser, bool quick, bool dump, bool trace)
    {
        var section = new Section("Browser (Chromium over loopback; the app in Release, Production environment)");
        var keystrokes = quick ? 40 : 400;
        await using var app = await InstrumentedAppHost.StartAsync();
        await using var floor = await FloorHost.StartAsync();

        await using (var designer = await TypingSession.OpenAsync(browser.Browser, app.BaseAddress, "#arg-source", "[aria-label=\"Rendered prompt\"]", "/x", app.Renders))
        await using (var bare = await TypingSession.OpenAsync(browser.Browser, floor.BaseAddress, "#floor-input", "#floor-preview", "/x", floor.Renders))
        {
            await designer.TypeAsync(WarmUpKeys, record: false);
            await bare.TypeAsync(WarmUpKeys, record: false);
            await TypeInterleavedAsync(designer, bare, keystrokes);
            AddLatency(section, designer, bare, keystrokes);
            AddTraffic(section, designer.Traffic, bare.Traffic, keystrokes);
            section.Extras.Add(WhereTheTimeGoes(designer, bare));
            section.Extras.Add(await PerKeystrokeDetailAsync(designer, bare, dump));
            if (trace)
            {
                await TraceAsync(designer, "designer");
                await TraceAsync(bare, "floor");
            }
        }

        var runs = quick ? 2 : 5;
        var floorLoads = await LoadsAsync(browser, floor.BaseAddress, runs);
        var inPlace = await LoadsAsync(browser, app.BaseAddress, runs);
        var inPlaceAssets = await FirstLoad.CheckAssetsAsync(app.BaseAddress, inPlace[0]);
        using (var published = await PublishedApp.PublishAsync())
        await using (var process = AppProcess.Launch(published.Assembly))
        {
            await process.WaitForOkAsync("/healthz");
            var loads = await LoadsAsync(browser, process.BaseAddress, runs);
            var assets = await FirstLoad.CheckAssetsAsync(process.BaseAddress, loads[0]);
            AddFirstLoad(section, loads, assets, inPlace, inPlaceAssets, floorLoads);
        }

        section.Notes.Add($"Latency: performance.now() at the keydown (capture listener) to the first DOM mutation after which the preview's text holds the new characters; {keystrokes} keystrokes each, alternating in blocks of {Block}, after {WarmUpKeys} unrecorded ones. Typed into the designer's `source` after `/x`, and into the floor's input.");
        section.Notes.Add("The floor: a bare Blazor Server page hosted by the harness (no MudBlazor): one `<input @oninput>` and `Markdown.ToHtml(text, MarkdownHtml.Pipeline)` of what it holds.");
        section.Notes.Add("Where the time goes: milestones stamped in the page by wrapping WebSocket.send and the socket's onmessage handler (the reply is the message during whose handling the preview changed); the round trip row pairs each event frame with the next render batch by their CDP Network.webSocketFrameSent/Received times, which the page's main thread does not delay.");
        section.Notes.Add("Circuit bytes: WebSocket payloads both ways, read through CDP (after permessage-deflate is undone), divided by keystrokes.");
        return section;
    }

    private static async Task TypeInterleavedAsync(TypingSession designer, TypingSession bare, int keystrokes)
    {
        designer.Traffic.Recording = bare.Traffic.Recording = true;
        for (var done = 0; done < keystrokes; done += Block)
        {
            var count = Math.Min(Block, keystrokes - done);
            await designer.TypeAsync(count, record: true);
            await bare.TypeAsync(count, record: true);
        }

        // Frames that answer the last keys (acks, JS interop replies) arrive just after the preview changed.
        await Task.Delay(500);
        designer.Traffic.Recording = bare.Traffic.Recording = false;
    }

    private static void AddLatency(Section section, TypingSession designer, TypingSession bare, int keystrokes)
    {
        var (appP50, appP95) = (Stats.P50(designer.Latencies), Stats.P95(designer.Latencies));
        var (floorP50, floorP95) = (Stats.P50(bare.Latencies), Stats.P95(bare.Latencies));
        section.Add(new Row($"Keystroke → preview, designer ({keystrokes} keys)", Stats.Ms(appP50), Stats.Ms(appP95), "", "", "p95 ≤ 16 ms", appP95 <= 16));
        section.Add(new Row($"Keystroke → preview, floor ({keystrokes} keys)", Stats.Ms(floorP50), Stats.Ms(floorP95)));
        section.Add(new Row("Keystroke → preview, designer vs floor (p95)", Stats.Ms(appP95), "", Stats.Ms(floorP95), Stats.Ratio(appP95 / floorP95), "≤ 1.1x floor", appP95 <= 1.1 * floorP95));
        section.Add(new Row("Keystroke → preview, designer vs floor (p50)", Stats.Ms(appP50), "", Stats.Ms(floorP50), Stats.Ratio(appP50 / floorP50)));
    }

    private static void AddTraffic(Section section, WebSocketTraffic app, WebSocketTraffic floor, int keystrokes)
    {
        double PerKey(WebSocketTraffic t, bool? sent) => t.Frames.Where(f => sent is null || f.Sent == sent).Sum(f => f.Bytes) / (double)keystrokes;
        foreach (var (label, sent) in new[] { ("both ways", (bool?)null), ("browser → server", true), ("server → browser", false) })
        {
            var (a, f) = (PerKey(app, sent), PerKey(floor, sent));
            section.Add(new Row($"Circuit bytes per keystroke, {label}", Stats.Bytes(a), "", Stats.Bytes(f), Stats.Ratio(a / f)));
        }
    }

    /// <summary>Each keystroke split at its milestones: median and p95 of each phase, and the phases of the slowest 5% of keys.</summary>
    private static string WhereTheTimeGoes(TypingSession designer, TypingSession bare)
    {
        (string Name, Func<KeyPhases, double> Span)[] phases =
        [
            ("keydown → input event", k => k.Input),
            ("input event → WebSocket send", k => k.Sent - k.Input),
            ("send → reply taken up by the page (server, loopback, main-thread wait)", k => k.Received - k.Sent),
            ("reply → preview shows the text (render batch applied)", k => k.Shown - k.Received),
            ("keydown → preview", k => k.Shown),
        ];
        var text = new StringBuilder();
        text.AppendLine("Where the time goes, per keystroke (milestones taken in the page; ms):").AppendLine();
        text.AppendLine("| Phase | designer p50 | designer p95 | designer, slowest 5% (mean) | floor p50 | floor p95 | floor, slowest 5% (mean) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var slowDesigner = Slowest(designer.Phases);
        var slowFloor = Slowest(bare.Phases);
        foreach (var (name, span) in phases)
        {
            var (d, f) = (designer.Phases.Select(span).ToList(), bare.Phases.Select(span).ToList());
            text.AppendLine($"| {name} | {Stats.Ms(Stats.P50(d))} | {Stats.Ms(Stats.P95(d))} | {Stats.Ms(slowDesigner.Average(span))} | " +
                $"{Stats.Ms(Stats.P50(f))} | {Stats.Ms(Stats.P95(f))} | {Stats.Ms(slowFloor.Average(span))} |");
            if (name.StartsWith("send", StringComparison.Ordinal))
            {
                var (dt, ft) = (designer.Traffic.EventRoundTrips(), bare.Traffic.EventRoundTrips());
                text.AppendLine("| of which the event frame's round trip as the network stack saw it (server + loopback; CDP frame times) | " +
                    $"{Stats.Ms(Stats.P50(dt))} | {Stats.Ms(Stats.P95(dt))} |  | {Stats.Ms(Stats.P50(ft))} | {Stats.Ms(Stats.P95(ft))} |  |");
            }
        }

        return text.ToString();
    }

    private static List<KeyPhases> Slowest(List<KeyPhases> keys) =>
        [.. keys.OrderByDescending(k => k.Shown).Take(Math.Max(1, keys.Count / 20))];

    /// <summary>A few more keys with render counting and frame capture on: what each keystroke sends and re-renders.</summary>
    private static async Task<string> PerKeystrokeDetailAsync(TypingSession designer, TypingSession bare, bool dump)
    {
        var text = new StringBuilder();
        text.AppendLine($"Per keystroke, over {CountedKeys} more keys with render counting on (not timed):").AppendLine();
        text.AppendLine("| Page | Frames sent | Frames received | Received frame sizes (bytes) | Component renders per key |");
        text.AppendLine("|---|---:|---:|---|---|");
        foreach (var (name, session) in new[] { ("designer", designer), ("floor", bare) })
        {
            session.Traffic.Clear();
            session.Traffic.KeepPayloads = dump;
            session.Traffic.Recording = true;
            session.Renders.Reset();
            session.Renders.Counting = true;
            await session.TypeAsync(CountedKeys, record: false);
            await Task.Delay(500);
            session.Renders.Counting = false;
            session.Traffic.Recording = false;

            var frames = session.Traffic.Frames;
            var received = frames.Where(f => !f.Sent).Select(f => f.Bytes).ToList();
            var renders = session.Renders.Renders;
            var total = renders.Sum(p => p.Value) / (double)CountedKeys;
            var top = string.Join(", ", renders.Take(12).Select(p => $"{p.Key} {Stats.Count(p.Value / (double)CountedKeys)}"));
            text.AppendLine($"| {name} | {Stats.Count(frames.Count(f => f.Sent) / (double)CountedKeys)} | {Stats.Count(received.Count / (double)CountedKeys)} | " +
                $"median {Stats.Count(Stats.P50(received.Select(b => (double)b).ToList()))}, max {(received.Count == 0 ? 0 : received.Max())} | " +
                $"{Stats.Count(total)} in all: {top}{(renders.Count > 12 ? ", ..." : "")} |");
            if (dump)
            {
                await DumpAsync(name, frames, renders);
            }
        }

        return text.ToString();
    }

    /// <summary>A Chromium performance trace (CDP Tracing) of a few more keys, for chrome://tracing or ui.perfetto.dev.</summary>
    private static async Task TraceAsync(TypingSession session, string name)
    {
        Directory.CreateDirectory(BenchmarkArtifacts.Folder);
        var path = Path.Combine(BenchmarkArtifacts.Folder, $"trace-{name}.json");
        var cdp = await session.Page.Context.NewCDPSessionAsync(session.Page);
        var events = new List<string>();
        var complete = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e?.GetProperty("value") is { } value)
            {
                lock (events)
                {
                    events.AddRange(value.EnumerateArray().Select(v => v.GetRawText()));
                }
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "blink", "v8.execute", "toplevel", "navigation", "renderer.scheduler" },
            },
        });
        await session.TypeAsync(CountedKeys * 4, record: false);
        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cdp.DetachAsync();
        string json;
        lock (events)
        {
            json = "{\"traceEvents\":[" + string.Join(",\n", events) + "]}";
        }

        await File.WriteAllTextAsync(path, json);

        Console.WriteLine($"Trace of {CountedKeys * 4} {name} keystrokes written to {path}");
    }

    private static async Task DumpAsync(string name, IReadOnlyList<WebSocketTraffic.Frame> frames, IReadOnlyList<KeyValuePair<string, int>> renders)
    {
        Directory.CreateDirectory(BenchmarkArtifacts.Folder);
        var path = Path.Combine(BenchmarkArtifacts.Folder, $"frames-{name}.txt");
        var lines = renders.Select(p => $"renders over {CountedKeys} keys: {p.Key} {p.Value}")
            .Concat(frames.Select((f, i) => $"#{i} {(f.Sent ? "sent" : "recv")} {f.Bytes} B: {Printable(f.Payload ?? [])}"));
        await File.WriteAllLinesAsync(path, lines);
        Console.WriteLine($"Frames of the {name} written to {path}");
    }

    private static string Printable(byte[] payload) =>
        new([.. payload.Select(b => b is >= 32 and < 127 ? (char)b : '.')]);

    private static async Task<List<FirstLoadResult>> LoadsAsync(ChromiumSession browser, Uri address, int runs)
    {
        // One load first that is not counted: the server's first circuit pays for JIT and caches, not the page.
        await FirstLoad.MeasureAsync(browser.Browser, address);
        var loads = new List<FirstLoadResult>();
        for (var i = 0; i < runs; i++)
        {
            loads.Add(await FirstLoad.MeasureAsync(browser.Browser, address));
        }

        return loads;
    }

    private static void AddFirstLoad(Section section, List<FirstLoadResult> published, IReadOnlyList<AssetCheck> assets,
        List<FirstLoadResult> inPlace, IReadOnlyList<AssetCheck> inPlaceAssets, List<FirstLoadResult> floor)
    {
        const double Budget = 350 * 1024;
        static double Median(List<FirstLoadResult> loads, Func<FirstLoadResult, double> figure) => Stats.P50(loads.Select(figure).ToList());
        var (bytes, inPlaceBytes, floorBytes) = (Median(published, l => l.HttpBytes), Median(inPlace, l => l.HttpBytes), Median(floor, l => l.HttpBytes));
        section.Add(new Row($"First load of `/`, published app: HTTP bytes transferred ({published[0].Requests} requests)", Stats.Bytes(bytes), "",
            Stats.Bytes(floorBytes) + " floor", Stats.Ratio(bytes / floorBytes), "≤ 350 KB", bytes <= Budget));
        section.Add(new Row($"First load of `/`, Release build run in place (in-process host): HTTP bytes", Stats.Bytes(inPlaceBytes), "",
            Stats.Bytes(floorBytes) + " floor", Stats.Ratio(inPlaceBytes / floorBytes), "≤ 350 KB", inPlaceBytes <= Budget));
        var (ws, floorWs) = (Median(published, l => l.WebSocketBytes), Median(floor, l => l.WebSocketBytes));
        section.Add(new Row("First load of `/`: circuit bytes until interactive (payload)", Stats.Bytes(ws), "", Stats.Bytes(floorWs) + " floor", Stats.Ratio(ws / floorWs)));
        foreach (var (label, loads) in new[] { ("published app", published), ("in-process host", inPlace) })
        {
            var (tti, floorTti) = (Median(loads, l => l.InteractiveMs), Median(floor, l => l.InteractiveMs));
            section.Add(new Row($"Time to interactive, {label} (navigation start → data-interactive, {loads.Count} fresh loads after a warm-up)",
                Stats.Ms(tti), Stats.Ms(Stats.P95(loads.Select(l => l.InteractiveMs).ToList())), Stats.Ms(floorTti) + " floor", Stats.Ratio(tti / floorTti)));
        }

        section.Add(new Row("Static assets compressed, fingerprinted and immutable, published app", $"{assets.Count(a => a.Ok)} of {assets.Count}", "", "", "", "all", assets.All(a => a.Ok)));
        section.Add(new Row("Static assets compressed, fingerprinted and immutable, build run in place", $"{inPlaceAssets.Count(a => a.Ok)} of {inPlaceAssets.Count}"));

        var table = new StringBuilder();
        table.AppendLine("First load of `/` (published app), each resource as Chromium fetched it, then again with `Accept-Encoding: br, gzip` (last column: the build run in place):").AppendLine();
        table.AppendLine("| Resource | Chromium: bytes | Chromium: encoding | br/gzip: bytes | Content-Encoding | Cache-Control | Fingerprinted | In place: encoding, Cache-Control |");
        table.AppendLine("|---|---:|---|---:|---|---|---|---|");
        foreach (var resource in published[0].Responses)
        {
            var path = new Uri(resource.Url).PathAndQuery;
            var check = assets.FirstOrDefault(a => a.Path == path);
            var here = inPlaceAssets.FirstOrDefault(a => a.Path == path);
            table.AppendLine($"| `{path}` | {Stats.Bytes(resource.Bytes)} | {Dash(resource.ContentEncoding)} | {(check is null ? "" : Stats.Bytes(check.Bytes))} | " +
                $"{Dash(check?.ContentEncoding)} | {Dash(check?.CacheControl)} | {(check is null ? "" : check.Fingerprinted ? "yes" : "**no**")} | " +
                $"{(here is null ? "" : $"{Dash(here.ContentEncoding)}, {Dash(here.CacheControl)}")} |");
        }

        section.Extras.Add(table.ToString());
        section.Notes.Add($"First load: a fresh browser context each time (empty cache); HTTP bytes = CDP Network.loadingFinished encodedDataLength (headers + bodies as sent) of every request until `[data-interactive=true]`. The published app is `dotnet publish -c {PublishedApp.Configuration} --no-build` of this build in a temp folder, run as its own process, as deployed; the Release build run in place is measured too.");
    }

    private static string Dash(string? value) => string.IsNullOrEmpty(value) ? "-" : value;
}
