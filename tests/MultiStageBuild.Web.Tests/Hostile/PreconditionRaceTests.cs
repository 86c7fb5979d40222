using System.Globalization;
using System.Net;
using MultiStageBuild.Web.Tests.Api;
using MultiStageBuild.Web.Tests.Hosting;
using static MultiStageBuild.Testing.PresetBuilder;
using static MultiStageBuild.Web.Tests.Api.ApiClient;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// If-Match compared in the write's own transaction (RFC 9110 §13.1.1): <c>*</c> matches whatever version is current
/// when the write runs, so concurrent writers never make it fail, and a preset trashed meanwhile is never written.
/// </summary>
public sealed class PreconditionRaceTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{
    private const int Writers = 12;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentIfMatchStarWritesAllSucceedEachAsItsOwnVersion()
    {
        var name = $"star race {Guid.NewGuid():N}";
        var id = await CreateAsync(name);

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => SendAsync(HttpMethod.Put, id, APreset(name).Described($"Writer {i}.").Json())));
        using var current = await host.Client.GetAsync($"/api/presets/{id}", Cancellation);
        using var revisions = await host.Client.GetAsync($"/api/presets/{id}/revisions", Cancellation);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Enumerable.Range(2, Writers), responses.Select(r => int.Parse(r.Headers.ETag!.Tag.Trim('"'), CultureInfo.InvariantCulture)).Order());
        Assert.Equal($"\"{Writers + 1}\"", current.Headers.ETag?.Tag);
        Assert.Equal(Writers + 1, (await revisions.ReadJsonAsync()).GetArrayLength());
        DisposeAll(responses);
    }

    [Fact]
    public async Task APresetTrashedWhileIfMatchStarWritesRaceIsNeverWrittenAfterward()
    {
        var name = $"trash race {Guid.NewGuid():N}";
        var id = await CreateAsync(name);

        var writes = Enumerable.Range(0, Writers).Select(i => SendAsync(HttpMethod.Put, id, APreset(name).Described($"Writer {i}.").Json())).ToList();
        var trash = SendAsync(HttpMethod.Delete, id, "");
        var responses = await Task.WhenAll(writes);
        using var trashed = await trash;
        using var revisionsResponse = await host.Client.GetAsync($"/api/presets/{id}/revisions", Cancellation);
        using var current = await host.Client.GetAsync($"/api/presets/{id}", Cancellation);

        var revisions = (await revisionsResponse.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(HttpStatusCode.NoContent, trashed.StatusCode);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound }));
        Assert.Equal("deleted", revisions[0].GetProperty("kind").GetString());
        Assert.Equal(responses.Count(r => r.StatusCode == HttpStatusCode.OK), revisions.Count(r => r.GetProperty("kind").GetString() == "updated"));
        Assert.Equal(revisions.Count - 2, revisions.Count(r => r.GetProperty("kind").GetString() == "updated"));
        Assert.True((await current.ReadJsonAsync()).TryGetProperty("deletedAt", out _));
        DisposeAll(responses);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string id, string body)
    {
        using var request = JsonRequest(method, $"/api/presets/{id}", body, ifMatch: "*");
        return await host.Client.SendAsync(request, Cancellation);
    }

    private async Task<string> CreateAsync(string name)
    {
        using var response = await host.Client.PostJsonAsync("/api/presets", APreset(name).Json());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private static void DisposeAll(IEnumerable<HttpResponseMessage> responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
