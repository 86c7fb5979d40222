using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Data.Tests;

/// <summary>
/// Durability end to end: the real app in its own process takes a stream of creates and updates over HTTP, is killed
/// with SIGKILL in the middle of it, and is started again on the same file. Whatever it acknowledged must be there.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int Writers = 4;
    private const int AcknowledgementsBeforeKill = 60;

    /// <summary>Only against a hang: the kill waits for acknowledged saves, not for a time.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("msb-kill-tests-").FullName;

    private string DatabasePath => Path.Combine(_folder, "presets.db");

    [Fact]
    public async Task EveryAcknowledgedSaveSurvivesAKillInTheMiddleOfTraffic()
    {
        var acknowledged = new ConcurrentQueue<Acknowledgement>();
        var enoughAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interrupted = 0;
        await using (var app = await AppProcess.StartAsync(DatabasePath, Ct))
        {
            using var http = Client(app);
            using var stop = new CancellationTokenSource();
            void Acknowledge(Acknowledgement save)
            {
                acknowledged.Enqueue(save);
                if (acknowledged.Count >= AcknowledgementsBeforeKill)
                {
                    enoughAcknowledged.TrySetResult();
                }
            }

            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                try
                {
                    await WriteUntilFailureAsync(http, writer, Acknowledge, stop.Token);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref interrupted);
                }
            }, Ct)).ToList();

            var traffic = Stopwatch.StartNew();
            var first = await Task.WhenAny(writers.Append(enoughAcknowledged.Task)).WaitAsync(HangGuard, Ct);
            if (first != enoughAcknowledged.Task)
            {
                await first;
                Assert.Fail($"A writer stopped before the kill:{Environment.NewLine}{app.Output}");
            }

            app.Kill();
            await Task.WhenAll(writers).WaitAsync(HangGuard, Ct);
            Output($"Killed after {traffic.ElapsedMilliseconds} ms with {acknowledged.Count} acknowledged saves; {interrupted} of {Writers} writers had a request cut off.");
            Output(app.Output);
        }

        Assert.True(acknowledged.Count >= AcknowledgementsBeforeKill, $"Only {acknowledged.Count} saves were acknowledged before the kill.");
        Assert.True(interrupted > 0, "The kill did not cut off any request: it did not happen mid-stream.");
        Output($"WAL left behind: {WalSize()} bytes.");
        Assert.Equal("ok", await IntegrityCheckAsync());

        await using var restarted = await AppProcess.StartAsync(DatabasePath, Ct);
        using var client = Client(restarted);
        foreach (var preset in acknowledged.GroupBy(a => a.Id))
        {
            var latest = preset.MaxBy(a => a.Version)!;
            var current = await GetJsonAsync(client, $"/api/presets/{preset.Key}");
            var version = current.GetProperty("version").GetInt32();
            // One more version than acknowledged is allowed: committed, but the kill took the response.
            Assert.True(version == latest.Version || version == latest.Version + 1,
                $"{latest.Name} is at version {version}; version {latest.Version} was acknowledged.");
            if (version == latest.Version)
            {
                Assert.Equal(latest.TestCommand, current.GetProperty("args").GetProperty("test_cmd").GetString());
            }

            var revisions = (await GetJsonAsync(client, $"/api/presets/{preset.Key}/revisions")).EnumerateArray()
                .ToDictionary(r => r.GetProperty("version").GetInt32(), r => r.GetProperty("preset").GetProperty("args").GetProperty("test_cmd").GetString());
            foreach (var save in preset)
            {
                Assert.True(revisions.TryGetValue(save.Version, out var testCommand), $"{save.Name} has no revision {save.Version}, which was acknowledged.");
                Assert.Equal(save.TestCommand, testCommand);
            }
        }

        Assert.Equal(0, await ScalarAsync<long>(
            "SELECT COUNT(*) FROM Presets p WHERE p.Version <> (SELECT MAX(r.Version) FROM PresetRevisions r WHERE r.PresetId = p.Id)"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A left-over temp folder must not fail a test.
        }
    }

    /// <summary>Creates presets and updates each twice, recording every 201 and 200, until a request fails or <paramref name="stop"/>.</summary>
    private static async Task WriteUntilFailureAsync(HttpClient http, int writer, Action<Acknowledgement> acknowledge, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var name = $"Writer {writer} preset {n}";
            var created = await SendAsync(http, HttpMethod.Post, "/api/presets", Body(name, $"pytest -k w{writer}n{n}v1"), ifMatch: null, HttpStatusCode.Created, stop);
            var id = created.GetProperty("id").GetGuid();
            acknowledge(new(id, name, 1, $"pytest -k w{writer}n{n}v1"));
            for (var version = 2; version <= 3; version++)
            {
                var testCommand = $"pytest -k w{writer}n{n}v{version}";
                var updated = await SendAsync(http, HttpMethod.Put, $"/api/presets/{id}", Body(name, testCommand), ifMatch: version - 1, HttpStatusCode.OK, stop);
                Assert.Equal(version, updated.GetProperty("version").GetInt32());
                acknowledge(new(id, name, version, testCommand));
            }
        }
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, JsonObject body, int? ifMatch, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Author", "kill-test");
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        // Reading the body can fail too when the kill lands mid-response; then the save is not acknowledged.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == expected, $"{method} {path} gave {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} gave {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static JsonObject Body(string name, string testCommand) => new()
    {
        ["name"] = name,
        ["description"] = "Written while the app may be killed.",
        ["tags"] = new JsonArray("durability"),
        ["args"] = new JsonObject
        {
            ["source"] = "/srv/app",
            ["install_cmd"] = "pip install -e .",
            ["build_cmd"] = "python -m build",
            ["test_cmd"] = testCommand,
        },
    };

    private static HttpClient Client(AppProcess app) => new() { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary><c>PRAGMA integrity_check</c> straight on the file, as the kill left it (opening it replays the WAL).</summary>
    private Task<string?> IntegrityCheckAsync() => ScalarAsync<string>("PRAGMA integrity_check;");

    private async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T?)await command.ExecuteScalarAsync(Ct);
    }

    private long WalSize() => new FileInfo(DatabasePath + "-wal") is { Exists: true } wal ? wal.Length : 0;

    private static void Output(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private sealed record Acknowledgement(Guid Id, string Name, int Version, string TestCommand);
}
