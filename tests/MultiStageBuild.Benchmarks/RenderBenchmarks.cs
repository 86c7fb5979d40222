using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Markdig;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// The designer's whole per-keystroke render path (checks, Markdown, Markdig HTML, the invocation JSON on screen) against
/// bare Markdig on the same Markdown with the same pipeline. Three extra rows split the path for diagnosis.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    /// <summary>The seed example's arguments (the reference document's "invoked with" block).</summary>
    public static ArgumentSet SeedArguments { get; } = ArgumentSet.From(new Dictionary<string, string?>
    {
        [MultiStageBuildPrompt.Source] = "/home/user/project",
        [MultiStageBuildPrompt.InstallCommand] = "pip install -e '.[dev]'",
        [MultiStageBuildPrompt.BuildCommand] = "python -m build",
        [MultiStageBuildPrompt.TestCommand] = "pytest -v",
    });

    private readonly PromptRenderService _service = new(InvocationTarget.Contree);
    private readonly PromptDefinition _definition = MultiStageBuildPrompt.Definition;
    private string _markdown = "";

    [GlobalSetup]
    public void Setup() =>
        _markdown = _service.Render(_definition, SeedArguments).Markdown ?? throw new InvalidOperationException("The seed example does not render.");

    [Benchmark(Baseline = true, Description = "Bare Markdig")]
    public string BareMarkdig() => Markdown.ToHtml(_markdown, MarkdownHtml.Pipeline);

    // The HTML is written when first read: read it, as the page and the API do.
    [Benchmark(Description = "Full render path")]
    public InvocationText FullRender()
    {
        var result = _service.Render(_definition, SeedArguments);
        return result.Html is { Length: > 0 } ? result.Invocation(InvocationFormat.Invocation) : throw new InvalidOperationException("No HTML.");
    }

    [Benchmark(Description = "Checks only")]
    public IReadOnlyList<ArgumentIssue> ChecksOnly() => ArgumentChecker.Check(_definition, SeedArguments);

    [Benchmark(Description = "Markdown only")]
    public string MarkdownOnly() => PromptRenderer.Render(_definition, SeedArguments);

    [Benchmark(Description = "Invocations only")]
    public List<string> InvocationsOnly() =>
        [.. InvocationFormatInfo.All.Select(f => InvocationWriter.Write(f.Format, _definition, SeedArguments, _service.Target, _markdown) + InvocationWriter.Warning(f.Format, _definition, SeedArguments))];

    /// <summary>Runs the benchmarks in this process (no generated project to build) and reports the figures.</summary>
    public static Section Run(bool quick, string artifacts)
    {
        var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<RenderBenchmarks>(config);
        return ToSection(summary);
    }

    private static Section ToSection(Summary summary)
    {
        var section = new Section("Render path (BenchmarkDotNet, in-process)");
        BenchmarkReport? Find(string method) => summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        var bare = Find(nameof(BareMarkdig));
        if (bare?.ResultStatistics is not { } bareStats)
        {
            section.Notes.Add("The benchmarks did not produce results; see the BenchmarkDotNet log above.");
            return section;
        }

        var bareAllocated = Allocated(bare);
        foreach (var (method, label, isTarget) in new[]
        {
            (nameof(FullRender), "Full render path (Render + the invocation JSON)", true),
            (nameof(BareMarkdig), "Bare Markdown.ToHtml, same text and pipeline", false),
            (nameof(ChecksOnly), "↳ part: argument checks", false),
            (nameof(MarkdownOnly), "↳ part: prompt Markdown (PromptRenderer)", false),
            (nameof(InvocationsOnly), "↳ part: the six invocation formats", false),
        })
        {
            if (Find(method) is not { ResultStatistics: { } stats } report)
            {
                continue;
            }

            var ratio = stats.Median / bareStats.Median;
            section.Add(new Row(
                label,
                Stats.Us(stats.Median),
                Stats.Us(stats.Percentiles.P95),
                method == nameof(BareMarkdig) ? "" : Stats.Us(bareStats.Median),
                method == nameof(BareMarkdig) ? "" : Stats.Ratio(ratio),
                isTarget ? "≤ 1.25x bare Markdig" : "",
                isTarget ? ratio <= 1.25 : null));
            section.Add(new Row(
                $"{label}: allocated per render",
                Stats.Bytes(Allocated(report)),
                "",
                method == nameof(BareMarkdig) ? "" : Stats.Bytes(bareAllocated),
                method == nameof(BareMarkdig) ? "" : Stats.Ratio(Allocated(report) / bareAllocated)));
        }

        section.Notes.Add("Arguments: the seed example (source=/home/user/project, install_cmd=pip install -e '.[dev]', build_cmd=python -m build, test_cmd=pytest -v); service built with InvocationTarget.Contree.");
        section.Notes.Add("Ratios are of medians from this run. The in-process toolchain avoids building a generated project; BenchmarkDotNet's own tables are in BenchmarkDotNet.Artifacts/results/.");
        return section;
    }

    private static double Allocated(BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? bytes : double.NaN;
}
