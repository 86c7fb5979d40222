namespace MultiStageBuild.Benchmarks;

/// <summary>Starts the app's build as its own process and times the first 200 from /healthz and then from /.</summary>
public static class ColdStart
{
    /// <summary>
    /// Runs <see cref="AppProcess.AppPath"/>, the app the project reference built beside this harness in the harness's
    /// own configuration (Release, as the harness is meant to be run).
    /// </summary>
    public static async Task<(List<double> Healthz, List<double> Root)> MeasureAsync(int runs)
    {
        var (healthz, root) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            await using var app = AppProcess.Launch(AppProcess.AppPath);
            healthz.Add(await app.WaitForOkAsync("/healthz"));
            root.Add(await app.WaitForOkAsync("/"));
        }

        return (healthz, root);
    }
}
