using System.Diagnostics;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// Memory after bursts of oversized requests (<see cref="OversizedRequests"/>) against the memory before: the
/// host's managed heap after a forced full collection, and the process's working set.
/// </summary>
public static class BurstHarness
{
    private static readonly TimeSpan MaxIdle = TimeSpan.FromMinutes(3);

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
        section.Add(new Row($"Managed heap right after {bursts} bursts ({Stats.Bytes(sent)} sent in {watch.Elapsed.TotalSeconds:0.0} s)", Stats.Bytes(heapAfter), "",
            Stats.Bytes(heapBefore), Ratio(heapAfter, heapBefore)));
        section.Add(new Row("Working set right after the bursts", Stats.Bytes(setAfter), "", Stats.Bytes(setBefore), Ratio(setAfter, setBefore)));

        // Pooled buffers (ArrayPool.Shared: the body reader's and System.Text.Json's) stay cached until the pool trims
        // what has gone unused, on a later full collection: wait for that, as an idle server would.
        var idle = Stopwatch.StartNew();
        var (heapIdle, setIdle) = (heapAfter, setAfter);
        while (heapIdle > heapBefore * 1.1 && idle.Elapsed < MaxIdle)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            (heapIdle, setIdle) = Memory();
        }

        var back = heapIdle <= heapBefore * 1.1;
        section.Add(new Row($"Managed heap after {(back ? $"{idle.Elapsed.TotalSeconds:0} s" : $"over {MaxIdle.TotalSeconds:0} s")} idle", Stats.Bytes(heapIdle), "",
            Stats.Bytes(heapBefore), Ratio(heapIdle, heapBefore), "≤ 1.1x", back));
        section.Add(new Row("Working set then", Stats.Bytes(setIdle), "", Stats.Bytes(setBefore), Ratio(setIdle, setBefore)));
        section.Add(new Row("Largest answer to an oversized request", Stats.Bytes(largestAnswer), "", "", "", "< 16 KB", largestAnswer < 16 * 1024));
        section.Extras.Add(string.Join(Environment.NewLine, [
            "| Request | Sent | Status | Answer |",
            "|---|---:|---:|---:|",
            .. answers.Select(a => $"| {a.Request} | {Stats.Bytes(a.SentBytes)} | {a.Status} | {Stats.Bytes(a.AnswerBytes)} |")]));
        section.Notes.Add("Baseline: after one burst to warm up. Managed heap: GC.GetTotalMemory after a forced full collection (client and " +
            "server share the process; the client keeps nothing between bursts); working set: Process.WorkingSet64 at the same moments. " +
            "Right after the bursts the heap holds the large buffers ArrayPool.Shared keeps for reuse; it trims them once they go unused.");
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
