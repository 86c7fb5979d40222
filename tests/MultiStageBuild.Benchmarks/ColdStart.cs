namespace MultiStageBuild.Benchmarks;

/// <summary>Starts the Release build of the app as its own process and times the first 200 from /healthz and then from /.</summary>
public static class ColdStart
{
    public static async Task<(List<double> Healthz, List<double> Root)> MeasureAsync(int runs)
    {
        var (healthz, root) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            await using var app = AppProcess.Start(AppProcess.BuildOutput);
            healthz.Add(await app.WaitForOkAsync("/healthz"));
            root.Add(await app.WaitForOkAsync("/"));
        }

        return (healthz, root);
    }
}
