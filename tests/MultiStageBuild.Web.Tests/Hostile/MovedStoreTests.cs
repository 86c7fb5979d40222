using System.Net;
using Microsoft.Data.Sqlite;
using MultiStageBuild.Web.Tests.Api;
using static MultiStageBuild.Testing.PresetBuilder;
using static MultiStageBuild.Web.Tests.Api.ApiClient;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// The database file deleted or replaced under the running app: whatever write comes next, through any endpoint, is a
/// 503 naming the problem (not the file's path), so nothing is acknowledged into a file that is gone.
/// </summary>
public sealed class MovedStoreTests
{
    private const string MovedProblem = "deleted or replaced";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> WritesAfterAFault => new(
        from write in new[] { "create", "update", "delete", "restore", "restore-revision", "import" }
        from fault in new[] { "deleted", "replaced" }
        select (write, fault));

    [Theory]
    [MemberData(nameof(WritesAfterAFault))]
    public async Task TheFirstWriteAfterTheFileIsDeletedOrReplacedIs503AndTheStoreSaysWhy(string write, string fault)
    {
        await using var host = await AppHost.StartAsync(new AppHostOptions { Settings = UnretriedStoreHost.Settings });
        var id = await ArrangeAsync(host, write);

        if (fault == "deleted")
        {
            File.Delete(host.DatabasePath);
        }
        else
        {
            File.Copy(host.DatabasePath, host.DatabasePath + ".copy");
            File.Move(host.DatabasePath + ".copy", host.DatabasePath, overwrite: true);
        }

        using var refused = await host.Client.SendAsync(Write(write, id), Cancellation);
        using var health = await host.Client.GetAsync("/healthz", Cancellation);
        using var next = await host.Client.SendAsync(Write("create", id), Cancellation);

        var detail = (await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString()!;
        Assert.Contains(MovedProblem, detail);
        Assert.DoesNotContain(host.DatabasePath, detail);
        Assert.DoesNotContain(Path.GetDirectoryName(host.DatabasePath)!, detail);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains(MovedProblem, (await health.ReadJsonAsync()).GetProperty("checks").GetProperty("presets").GetProperty("description").GetString());
        await next.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task AWriteWaitingForTheLockWhileTheFileIsDeletedIsRefused()
    {
        await using var host = await AppHost.StartAsync(new AppHostOptions { Settings = UnretriedStoreHost.Settings });
        await ArrangeAsync(host, "create");
        await using var holder = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        await holder.OpenAsync(Cancellation);
        var transaction = await holder.BeginTransactionAsync(Cancellation);

        var waiting = host.Client.SendAsync(Write("create", Guid.Empty), Cancellation);
        File.Delete(host.DatabasePath);
        await transaction.RollbackAsync(Cancellation);
        using var refused = await waiting;

        var detail = (await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString()!;
        Assert.DoesNotContain(host.DatabasePath, detail);
    }

    /// <summary>A live preset at version 2 (a trashed one for a restore), so that each write has something to change.</summary>
    private static async Task<Guid> ArrangeAsync(AppHost host, string write)
    {
        using var created = await host.Client.PostJsonAsync("/api/presets", APreset("Kept").Json());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse((await created.ReadJsonAsync()).GetProperty("id").GetString()!);
        using var updated = await host.Client.SendAsync(JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("Kept").Described("Second version.").Json(), "\"1\""), Cancellation);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        if (write == "restore")
        {
            using var trashed = await host.Client.SendAsync(JsonRequest(HttpMethod.Delete, $"/api/presets/{id}", "", "\"2\""), Cancellation);
            Assert.Equal(HttpStatusCode.NoContent, trashed.StatusCode);
        }

        return id;
    }

    private static HttpRequestMessage Write(string write, Guid id) => write switch
    {
        "create" => JsonRequest(HttpMethod.Post, "/api/presets", APreset($"New {Guid.NewGuid():N}").Json()),
        "update" => JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("Kept").Described("Third version.").Json(), "*"),
        "delete" => JsonRequest(HttpMethod.Delete, $"/api/presets/{id}", "", "\"2\""),
        "restore" => JsonRequest(HttpMethod.Post, $"/api/presets/{id}/restore", ""),
        "restore-revision" => JsonRequest(HttpMethod.Post, $"/api/presets/{id}/revisions/1/restore", ""),
        "import" => JsonRequest(HttpMethod.Post, "/api/presets/import?onClash=update", $$"""{"format": "multi-stage-build-presets", "version": 1, "presets": [{{APreset("Imported").Json()}}, {{APreset("Kept").Described("Imported version.").Json()}}]}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
    };
}
