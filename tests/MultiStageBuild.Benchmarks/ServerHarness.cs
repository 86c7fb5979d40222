using System.Diagnostics;
using Microsoft.Playwright;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Benchmarks;

/// <summary>Memory per circuit, preset search and first render with 100 000 presets against an empty store, and cold start.</summary>
public static class ServerHarness
{
    private const int Presets = 100_000;

    private static readonly (string Name, PresetQuery Query)[] Queries =
    [
        ("list, page 1", new PresetQuery()),
        ("substring 'rust'", new PresetQuery(Search: "rust")),
        ("substring, one match ('042042')", new PresetQuery(Search: "042042")),
        ("tag filter 'gpu'", new PresetQuery(Tag: "gpu")),
        ("list, page 2000", new PresetQuery(Page: 2000)),
        ("designer picker 'py' (50 items)", new PresetQuery(Search: "py", PageSize: 50)),
    ];

    public static async Task<Section> RunAsync(ChromiumSession browser, bool quick, bool dump)
    {
        var section = new Section("Server (in-process host, Release, Production environment)");
        await MemoryPerCircuitAsync(section, browser, quick ? 20 : 100);
        await PresetsAsync(section, quick ? 15 : 60, dump);
        await ColdStartAsync(section, quick ? 3 : 5);
        return section;
    }

    private static async Task MemoryPerCircuitAsync(Section section, ChromiumSession browser, int circuits)
    {
        await using var app = await InstrumentedAppHost.StartAsync();
        var contexts = new List<IBrowserContext>();
        var pages = new List<IPage>();
        try
        {
            // Warm the host (first circuit, JIT) before the baseline, then open every page blank so Playwright's own
            // objects for them exist in this process before the baseline too.
            var warm = await browser.Browser.NewPageAsync();
            await OpenDesignerAsync(warm, app.BaseAddress);
            await warm.CloseAsync();
            for (var i = 0; i < circuits; i++)
            {
                if (i % 10 == 0)
                {
                    contexts.Add(await browser.Browser.NewContextAsync());
                }

                pages.Add(await contexts[^1].NewPageAsync());
            }

            await Task.Delay(1000);
            var openBefore = app.Circuits.Open;
            var baseline = ManagedMemory();
            foreach (var chunk in pages.Chunk(4))
            {
                await Task.WhenAll(chunk.Select(page => OpenDesignerAsync(page, app.BaseAddress)));
            }

            await Task.Delay(1000);
            var after = ManagedMemory();
            var open = app.Circuits.Open - openBefore;
            var perCircuit = (after - baseline) / circuits;
            section.Add(new Row($"Managed memory per idle circuit ({circuits} circuits on `/`, {open} counted open)", Stats.Bytes(perCircuit), "",
                Stats.Bytes(baseline), "", "≤ 300 KB", perCircuit <= 300 * 1024));
            section.Notes.Add($"Memory: GC.GetTotalMemory after a forced full GC, with {circuits} pages open on `/` and interactive, minus the same with the pages open on about:blank; baseline column = the host's whole managed heap before.");
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private static async Task OpenDesignerAsync(IPage page, Uri address)
    {
        await page.GotoAsync(address.ToString());
        await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 120_000 });
    }

    /// <summary>The managed heap after a forced full collection.</summary>
    internal static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Two hosts side by side, one with an empty store and one seeded; every figure alternates between them.</summary>
    private static async Task PresetsAsync(Section section, int runs, bool dump)
    {
        await using var empty = await InstrumentedAppHost.StartAsync();
        await using var seeded = await InstrumentedAppHost.StartAsync();
        var seeding = Stopwatch.StartNew();
        PresetSeeder.Seed(seeded.DatabasePath, Presets);
        seeding.Stop();

        var (emptyStore, store) = (empty.Services.GetRequiredService<IPresetRepository>(), seeded.Services.GetRequiredService<IPresetRepository>());
        var all = await store.SearchAsync(new PresetQuery());
        if (all.Total != Presets || await store.FindAsync(all.Items[0].Id) is null)
        {
            throw new InvalidOperationException($"The seeded presets do not read back through the repository ({all.Total} of {Presets}).");
        }

        foreach (var (name, query) in Queries)
        {
            var (withNone, withAll) = await TimePairAsync(() => emptyStore.SearchAsync(query), () => store.SearchAsync(query), runs);
            var (p50, p95, emptyP50) = (Stats.P50(withAll), Stats.P95(withAll), Stats.P50(withNone));
            section.Add(new Row($"Preset search, {name}: {Presets:N0} presets ({(await store.SearchAsync(query)).Total:N0} match)",
                Stats.Ms(p50), Stats.Ms(p95), Stats.Ms(emptyP50) + " empty", Stats.Ratio(p50 / emptyP50), "p95 ≤ 10 ms", p95 <= 10));
        }

        if (dump)
        {
            await DumpPlansAsync(seeded, store);
        }

        using var emptyClient = new HttpClient { BaseAddress = empty.BaseAddress };
        using var client = new HttpClient { BaseAddress = seeded.BaseAddress };
        var (emptyPage, fullPage) = await TimePairAsync(() => emptyClient.GetStringAsync("/"), () => client.GetStringAsync("/"), runs);
        var (pageP50, emptyPageP50) = (Stats.P50(fullPage), Stats.P50(emptyPage));
        section.Add(new Row($"Designer first render (GET `/`, prerendered HTML), {Presets:N0} presets", Stats.Ms(pageP50), Stats.Ms(Stats.P95(fullPage)),
            Stats.Ms(emptyPageP50) + " empty", Stats.Ratio(pageP50 / emptyPageP50), "≤ 1.1x empty", pageP50 <= 1.1 * emptyPageP50));
        section.Add(new Row("Designer first render (GET `/`), empty store", Stats.Ms(emptyPageP50), Stats.Ms(Stats.P95(emptyPage))));
        section.Notes.Add($"Presets: two in-process hosts, one with an empty store and one with {Presets:N0} seeded presets (with tags and a revision each; seeding took {seeding.Elapsed.TotalSeconds:0.0} s); {runs} timed runs per figure after 5 warm-ups, alternating between the two hosts. Search goes through IPresetRepository.SearchAsync from the host's services. Ratios are of medians.");
    }

    /// <summary>Each query's SQL and SQLite's plan for it on the seeded store, to BenchmarkDotNet.Artifacts/sql-plans.txt.</summary>
    private static async Task DumpPlansAsync(InstrumentedAppHost seeded, IPresetRepository store)
    {
        var text = new List<string>();
        foreach (var (name, query) in Queries)
        {
            seeded.Sql.Capturing = true;
            await store.SearchAsync(query);
            seeded.Sql.Capturing = false;
            text.Add($"## {name}");
            foreach (var sql in seeded.Sql.Take())
            {
                text.Add(sql);
                text.Add(SqlCapture.Plan(seeded.DatabasePath, sql));
                text.Add("");
            }
        }

        Directory.CreateDirectory(BenchmarkArtifacts.Folder);
        var path = Path.Combine(BenchmarkArtifacts.Folder, "sql-plans.txt");
        await File.WriteAllLinesAsync(path, text);
        Console.WriteLine($"Query plans written to {path}");
    }

    private static async Task<(List<double> First, List<double> Second)> TimePairAsync<T>(Func<Task<T>> first, Func<Task<T>> second, int runs)
    {
        for (var i = 0; i < 5; i++)
        {
            await first();
            await second();
        }

        var (a, b) = (new List<double>(runs), new List<double>(runs));
        for (var i = 0; i < runs; i++)
        {
            a.Add(await TimeAsync(first));
            b.Add(await TimeAsync(second));
        }

        return (a, b);
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task ColdStartAsync(Section section, int runs)
    {
        var (healthz, root) = await ColdStart.MeasureAsync(runs);
        section.Add(new Row($"Cold start to first 200 on /healthz (median of {runs})", Stats.Ms(Stats.P50(healthz)), Stats.Ms(healthz.Max()) + " max"));
        section.Add(new Row($"Cold start to first 200 on / (median of {runs})", Stats.Ms(Stats.P50(root)), Stats.Ms(root.Max()) + " max"));
        section.Notes.Add($"Cold start: `dotnet MultiStageBuild.Web.dll`, the {PublishedApp.Configuration} build beside the harness, on a free port with a new temp database (created and migrated at start), timed from Process.Start; `/` is requested once /healthz answered.");
    }
}
