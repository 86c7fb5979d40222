using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The presets HTTP API as a client sees it, for arranging and checking what the browser tests do.</summary>
public sealed class PresetsApi(RestartableAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid preset body; <paramref name="testCommand"/> is what the tests tell versions apart by.</summary>
    public static JsonObject Body(string name, string testCommand, string description = "Arranged by a browser test.") =>
        new PresetBuilder().Named(name).Described(description).Tagged("browser").With("test_cmd", testCommand).Build();

    public async Task<JsonElement> CreateAsync(JsonObject body, string author = "api")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address("/api/presets")) { Content = Json(body) };
        request.Headers.Add("X-Author", author);
        return await SendAsync(request, HttpStatusCode.Created);
    }

    public async Task<JsonElement> UpdateAsync(Guid id, int version, JsonObject body, string author = "api")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Address($"/api/presets/{id}")) { Content = Json(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        request.Headers.Add("X-Author", author);
        return await SendAsync(request, HttpStatusCode.OK);
    }

    /// <summary>Moves a preset to the trash, whatever its version.</summary>
    public async Task DeleteAsync(Guid id, string author = "api")
    {
        // The API takes changes as JSON only, a delete included.
        using var request = new HttpRequestMessage(HttpMethod.Delete, Address($"/api/presets/{id}")) { Content = new StringContent("", Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        request.Headers.Add("X-Author", author);
        using var response = await app.Http.SendAsync(request, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent,
            $"DELETE {request.RequestUri} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    public async Task<JsonElement> GetAsync(Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address($"/api/presets/{id}"));
        return await SendAsync(request, HttpStatusCode.OK);
    }

    public async Task<IReadOnlyList<JsonElement>> RevisionsAsync(Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address($"/api/presets/{id}/revisions"));
        return [.. (await SendAsync(request, HttpStatusCode.OK)).EnumerateArray()];
    }

    /// <summary>Live presets whose name, description, tags or commands contain <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<JsonElement>> SearchAsync(string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address($"/api/presets?search={Uri.EscapeDataString(text)}&pageSize=200"));
        return [.. (await SendAsync(request, HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];
    }

    private Uri Address(string path) => new(app.BaseAddress, path);

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await app.Http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{request.Method} {request.RequestUri} gave {(int)response.StatusCode}, not {(int)expected}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}

/// <summary>Reading the API's preset JSON.</summary>
public static class PresetJson
{
    public static Guid Id(this JsonElement preset) => preset.GetProperty("id").GetGuid();

    public static int Version(this JsonElement preset) => preset.GetProperty("version").GetInt32();

    public static string Name(this JsonElement preset) => preset.GetProperty("name").GetString()!;

    public static string Arg(this JsonElement preset, string name) => preset.GetProperty("args").GetProperty(name).GetString()!;
}
