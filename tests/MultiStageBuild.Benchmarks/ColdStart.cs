namespace MultiStageBuild.Benchmarks;

/// <summary>Starts the Release build of the app as its own process and times the first 200 from /healthz and then from /.</summary>
public static class ColdStart
{
    /// <summary>The Release build of the app, as `dotnet build -c Release` (and this harness's build) leaves it.</summary>
    private static string ReleaseBuild => Path.Combine(RepositoryRoot.Path, "src", "MultiStageBuild.Web", "bin", "Release", "net10.0", "MultiStageBuild.Web.dll");

    public static async Task<(List<double> Healthz, List<double> Root)> MeasureAsync(int runs)
    {
        if (!File.Exists(ReleaseBuild))
        {
            throw new FileNotFoundException($"No build of the app at {ReleaseBuild}; run the harness with -c Release.", ReleaseBuild);
        }

        var (healthz, root) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            await using var app = AppProcess.Launch(ReleaseBuild);
            healthz.Add(await app.WaitForOkAsync("/healthz"));
            root.Add(await app.WaitForOkAsync("/"));
        }

        return (healthz, root);
    }
}
