using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace MultiStageBuild.Benchmarks;

/// <summary>One line of a section's table; empty cells stay empty.</summary>
public sealed record Row(string Figure, string Median, string P95 = "", string Baseline = "", string Ratio = "", string Target = "", bool? Met = null);

/// <summary>One section of the report: a table of figures, then optional extra tables and notes.</summary>
public sealed class Section(string title)
{
    public string Title { get; } = title;

    public List<Row> Rows { get; } = [];

    public List<string> Extras { get; } = [];

    public List<string> Notes { get; } = [];

    public void Add(Row row) => Rows.Add(row);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"## {Title}").AppendLine();
        text.AppendLine("| Figure | Median / p50 | p95 | Baseline | Ratio | Target | Met? |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var row in Rows)
        {
            var met = row.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine($"| {row.Figure} | {row.Median} | {row.P95} | {row.Baseline} | {row.Ratio} | {row.Target} | {met} |");
        }

        foreach (var extra in Extras)
        {
            text.AppendLine().AppendLine(extra.TrimEnd());
        }

        if (Notes.Count > 0)
        {
            text.AppendLine();
            Notes.ForEach(note => text.AppendLine($"- {note}"));
        }

        return text.AppendLine().ToString();
    }
}

/// <summary>The whole report: machine information, then one section per part that ran.</summary>
public sealed class Report(bool quick)
{
    public List<Section> Sections { get; } = [];

    public string? BrowserVersion { get; set; }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# MultiStageBuild performance").AppendLine();
        text.AppendLine($"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; mode: {(quick ? "--quick (short runs: check the harness, do not quote)" : "full")}");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        text.AppendLine($"- .NET: {RuntimeInformation.FrameworkDescription}; server GC: {System.Runtime.GCSettings.IsServerGC}");
        if (BrowserVersion is not null)
        {
            text.AppendLine($"- Browser: Chromium {BrowserVersion}, headless, loopback");
        }

        text.AppendLine();
        Sections.ForEach(section => text.Append(section.ToMarkdown()));
        return text.ToString();
    }
}

/// <summary>Percentiles and the formats the tables use.</summary>
public static class Stats
{
    /// <summary>The <paramref name="percent"/>th percentile, interpolated between the closest ranks.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = percent / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    public static double P50(IReadOnlyCollection<double> values) => Percentile(values, 50);

    public static double P95(IReadOnlyCollection<double> values) => Percentile(values, 95);

    public static string Ms(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "0.00" : value < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    public static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs";

    public static string Bytes(double value) => value switch
    {
        double.NaN => "n/a",
        < 1024 => value.ToString("0", CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (value / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (value / 1024 / 1024).ToString("0.00", CultureInfo.InvariantCulture) + " MB",
    };

    public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value)
        ? "n/a"
        : value.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public static string Count(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
