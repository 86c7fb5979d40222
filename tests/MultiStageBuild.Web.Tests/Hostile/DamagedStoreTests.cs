using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>The preset database overwritten while the app runs: the store says so everywhere, and the rest keeps working.</summary>
public sealed class DamagedStoreTests(UnretriedStoreHost host) : IClassFixture<UnretriedStoreHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADatabaseOverwrittenAfterStartUpIs503ForPresetsUnhealthyAndShownWhileTheBuiltInPromptStaysServed()
    {
        await host.SavePresetAsync("Saved before the damage", install: "make deps");
        await CheckpointAsync(host.DatabasePath);
        await using (var file = new FileStream(host.DatabasePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            var junk = new byte[file.Length];
            new Random(11).NextBytes(junk);
            await file.WriteAsync(junk, Cancellation);
        }

        using var save = await host.Client.PostAsJsonAsync("/api/presets", new { name = "After the damage", args = new { install_cmd = "make" } }, Cancellation);
        using var list = await host.Client.GetAsync("/api/presets", Cancellation);
        using var health = await host.Client.GetAsync("/healthz", Cancellation);
        await using var mcp = await host.ConnectAsync();
        var prompts = await mcp.ListPromptsAsync(cancellationToken: Cancellation);
        var presetsPage = await host.Client.GetStringAsync("/presets", Cancellation);
        var aboutPage = await host.Client.GetStringAsync("/about", Cancellation);

        foreach (var refused in new[] { save, list })
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains("not a SQLite database", detail);
            Assert.DoesNotContain(host.DatabasePath, detail);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = await health.ReadJsonAsync();
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        var store = report.GetProperty("checks").GetProperty("presets");
        Assert.Equal("unavailable", store.GetProperty("data").GetProperty("store").GetString());
        Assert.Contains("not a SQLite database", store.GetProperty("description").GetString());

        Assert.Contains(prompts, p => p.Name == "multi-stage-build");
        Assert.Contains("data-testid=\"store-banner\"", presetsPage);
        Assert.Contains("not a SQLite database", presetsPage);
        Assert.Contains(host.DatabasePath, aboutPage);
    }

    /// <summary>
    /// Moves every committed page from the write-ahead log into the file and empties the log, so the junk written over
    /// the file is all there is: no later checkpoint can write the pages back and repair it.
    /// </summary>
    private static async Task CheckpointAsync(string databasePath)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(Cancellation);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(Cancellation);
    }
}
