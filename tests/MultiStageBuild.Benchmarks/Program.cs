namespace MultiStageBuild.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/MultiStageBuild.Benchmarks -- [all|render|browser|server|burst] [--quick] [--dump] [--trace]</c>:
/// prints one Markdown table per section and writes them to BenchmarkDotNet.Artifacts/results.md.
/// </summary>
public static class HarnessProgram
{
    private static readonly string[] Parts = ["all", "render", "browser", "server", "burst"];

    public static async Task<int> Main(string[] args)
    {
        var part = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        var quick = args.Contains("--quick");
        var dump = args.Contains("--dump");
        var trace = args.Contains("--trace");
        if (!Parts.Contains(part) || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--quick" or "--dump" or "--trace")))
        {
            Console.Error.WriteLine("usage: dotnet run -c Release --project tests/MultiStageBuild.Benchmarks -- [all|render|browser|server|burst] [--quick] [--dump] [--trace]");
            return 2;
        }

#if DEBUG
        Console.Error.WriteLine("Warning: a Debug build; run with -c Release for figures worth reading.");
#endif

        var report = new Report(quick);
        var failed = false;
        async Task RunPart(string name, Func<Task<Section>> run)
        {
            if (part != "all" && part != name)
            {
                return;
            }

            try
            {
                report.Sections.Add(await run());
            }
            catch (Exception e)
            {
                failed = true;
                var section = new Section($"{name}: failed");
                section.Notes.Add($"{e.GetType().Name}: {e.Message}");
                report.Sections.Add(section);
                Console.Error.WriteLine(e);
            }
        }

        await RunPart("render", () => Task.FromResult(RenderBenchmarks.Run(quick, BenchmarkArtifacts.Folder)));
        await RunPart("burst", () => BurstHarness.RunAsync(quick));
        if (part is "all" or "browser" or "server")
        {
            await using var browser = await ChromiumSession.LaunchAsync();
            report.BrowserVersion = browser.Browser.Version;
            await RunPart("browser", () => BrowserHarness.RunAsync(browser, quick, dump, trace));
            await RunPart("server", () => ServerHarness.RunAsync(browser, quick, dump));
        }

        var markdown = report.ToMarkdown();
        Directory.CreateDirectory(BenchmarkArtifacts.Folder);
        var path = Path.Combine(BenchmarkArtifacts.Folder, "results.md");
        await File.WriteAllTextAsync(path, markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {path}");
        return failed ? 1 : 0;
    }
}
