using System.Diagnostics;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// Memory after bursts of oversized requests (<see cref="OversizedRequests"/>) against the memory before: the
/// host's managed heap after a forced full collection, and the process's working set.
/// </summary>
public static class BurstHarness
{
    public static async Task<Section> RunAsync(bool quick)
    {
        var bursts = quick ? 3 : 20;
        var section = new Section("Oversized requests (in-process host, Release, Production environment)");
        await using var app = await InstrumentedAppHost.StartAsync();

        // One burst first, so that JIT, pools and caches the bursts fill exist before the baseline.
        var answers = await OversizedRequests.SendAsync(app.Client);
        var (heapBefore, setBefore) = Memory();
        var sent = 0L;
        var largestAnswer = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < bursts; i++)
        {
            answers = await OversizedRequests.SendAsync(app.Client);
            sent += answers.Sum(a => (long)a.SentBytes);
            largestAnswer = Math.Max(largestAnswer, answers.Max(a => a.AnswerBytes));
        }

        watch.Stop();
        var (heapAfter, setAfter) = Memory();
        section.Add(new Row($"Managed heap after {bursts} bursts ({Stats.Bytes(sent)} sent in {watch.Elapsed.TotalSeconds:0.0} s)", Stats.Bytes(heapAfter), "",
            Stats.Bytes(heapBefore), Ratio(heapAfter, heapBefore), "≤ 1.1x", heapAfter <= heapBefore * 1.1));
        section.Add(new Row("Working set after the bursts", Stats.Bytes(setAfter), "", Stats.Bytes(setBefore), Ratio(setAfter, setBefore)));
        section.Add(new Row("Largest answer to an oversized request", Stats.Bytes(largestAnswer), "", "", "", "< 16 KB", largestAnswer < 16 * 1024));
        section.Extras.Add(string.Join(Environment.NewLine, [
            "| Request | Sent | Status | Answer |",
            "|---|---:|---:|---:|",
            .. answers.Select(a => $"| {a.Request} | {Stats.Bytes(a.SentBytes)} | {a.Status} | {Stats.Bytes(a.AnswerBytes)} |")]));
        section.Notes.Add("Baseline: after one burst to warm up. Managed heap: GC.GetTotalMemory after a forced full collection; " +
            "working set: Process.WorkingSet64 at the same moments (the runtime keeps some freed memory for reuse, so it falls more slowly).");
        return section;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        var heap = ServerHarness.ManagedMemory();
        using var process = Process.GetCurrentProcess();
        return (heap, process.WorkingSet64);
    }

    private static string Ratio(double after, double before) => $"{after / before:0.00}x";
}
