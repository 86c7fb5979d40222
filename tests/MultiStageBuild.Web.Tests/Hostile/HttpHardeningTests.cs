using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MultiStageBuild.Web.Tests.Api;
using static MultiStageBuild.Testing.PresetBuilder;
using static MultiStageBuild.Web.Tests.Api.ApiClient;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// Hostile requests at the HTTP layer against the real app: other sites writing through a visitor's browser, foreign
/// Host names, oversized bodies on every endpoint, preconditions, HEAD, and misshapen MCP params.
/// </summary>
public sealed class HttpHardeningTests(HardenedAppHost host) : IClassFixture<HardenedAppHost>
{
    private const string Foreign = "http://evil.example";
    private const int SmallAnswer = 2 * 1024;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ApiChanges => new()
    {
        { "POST", "/api/render" },
        { "POST", "/api/presets" },
        { "POST", "/api/presets/import" },
        { "PUT", $"/api/presets/{Guid.Empty}" },
        { "DELETE", $"/api/presets/{Guid.Empty}" },
        { "POST", $"/api/presets/{Guid.Empty}/restore" },
        { "POST", $"/api/presets/{Guid.Empty}/revisions/1/restore" },
    };

    [Theory]
    [MemberData(nameof(ApiChanges))]
    public async Task AChangeThatIsNotJsonIs415(string method, string path)
    {
        foreach (var content in new HttpContent?[]
        {
            null,
            new StringContent("""{"name": "form post"}""", Encoding.UTF8, "text/plain"),
            new FormUrlEncodedContent([new("name", "form post")]),
            new StringContent("""{"name": "latin"}""", Encoding.Latin1, "application/json"),
        })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
            request.Headers.TryAddWithoutValidation("If-Match", "*");

            using var response = await host.Client.SendAsync(request, Cancellation);

            await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }
    }

    [Theory]
    [MemberData(nameof(ApiChanges))]
    public async Task AChangeFromAForeignOriginIs403(string method, string path)
    {
        using var request = JsonRequest(new HttpMethod(method), path, """{"name": "cross-site"}""", origin: Foreign);
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        using var response = await host.Client.SendAsync(request, Cancellation);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ACrossSiteCreateWritesNothingWhileTheAppsOwnAndConfiguredOriginsMayWrite()
    {
        var name = $"origin {Guid.NewGuid():N}";
        using var foreign = await host.Client.SendAsync(JsonRequest(HttpMethod.Post, "/api/presets", APreset(name).Json(), origin: Foreign), Cancellation);
        using var afterForeign = await host.Client.GetAsync($"/api/presets?search={Uri.EscapeDataString(name)}", Cancellation);
        using var own = await host.Client.SendAsync(JsonRequest(HttpMethod.Post, "/api/presets", APreset(name).Json(), origin: host.BaseAddress.GetLeftPart(UriPartial.Authority)), Cancellation);
        using var configured = await host.Client.SendAsync(JsonRequest(HttpMethod.Post, "/api/presets", APreset(name + " 2").Json(), origin: HardenedAppHost.ConfiguredOrigin), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(0, (await afterForeign.ReadJsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Created, configured.StatusCode);
    }

    [Theory]
    [InlineData("/mcp")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task McpAndTheBlazorHubRefuseAForeignOriginAndServeTheirOwn(string path)
    {
        var body = path == "/mcp" ? RawMcp.Initialize : "";
        using var foreign = await host.Client.SendAsync(RawMcp.Request(body, origin: Foreign, path: path), Cancellation);
        using var own = await host.Client.SendAsync(RawMcp.Request(body, origin: host.BaseAddress.GetLeftPart(UriPartial.Authority), path: path), Cancellation);
        using var none = await host.Client.SendAsync(RawMcp.Request(body, origin: null, path: path), Cancellation);

        await foreign.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        if (path == RawMcp.Path)
        {
            await using var ownSession = RawMcpSession.Of(host.Client, own);
            await using var noneSession = RawMcpSession.Of(host.Client, none);
        }
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebound.attacker.test:80", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task OnlyLoopbackHostNamesAreAnsweredByDefault(string hostName, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = hostName;

        using var response = await host.Client.SendAsync(request, Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, string, int> Oversized => new()
    {
        { "POST", "/api/render", 70 * 1024 },
        { "POST", "/api/presets", 70 * 1024 },
        { "PUT", $"/api/presets/{Guid.Empty}", 70 * 1024 },
        { "POST", "/api/presets/import", 6 * 1024 * 1024 },
        { "POST", "/mcp", 3 * 1024 * 1024 },
        { "POST", "/api/presets/import?chunked", (5 * 1024 * 1024) + (64 * 1024) },
        { "POST", "/mcp?chunked", 128 * 1024 },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task AnOversizedBodyIsASmall413(string method, string target, int size)
    {
        var chunked = target.EndsWith("?chunked", StringComparison.Ordinal);
        var path = chunked ? target[..^"?chunked".Length] : target;
        var names = string.Join(",", Enumerable.Range(0, size / 16).Select(i => $"\"n{i:D10}\":\"x\""));
        var body = path == "/mcp"
            ? """{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"multi-stage-build","arguments":{""" + names + "}}}"
            : $$"""{"name":"big","description":"{{new string('d', size)}}"}""";
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = chunked ? new ChunkedJson(Encoding.UTF8.GetBytes(body)) : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        // A declared length over the limit is refused before the body is read: the client waits for that answer.
        request.Headers.ExpectContinue = !chunked;

        using var response = await host.Client.SendAsync(request, Cancellation);

        var answer = await response.Content.ReadAsByteArrayAsync(Cancellation);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.True(answer.Length < SmallAnswer, $"{answer.Length} bytes answered");
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/")]
    [InlineData("/api/presets")]
    [InlineData("/api/prompts")]
    [InlineData("/openapi/v1.json")]
    public async Task HeadIsAnsweredWhereverGetIs(string path)
    {
        using var get = await host.Client.GetAsync(path, Cancellation);
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancellation);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancellation));
    }

    [Fact]
    public async Task IfMatchStarMatchesTheCurrentVersionAndAListMatchesAnyOfIt()
    {
        var id = await CreateAsync($"star {Guid.NewGuid():N}");

        using var star = await host.Client.SendAsync(JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("renamed by star " + id).Json(), ifMatch: "*"), Cancellation);
        using var list = await host.Client.SendAsync(JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("renamed by list " + id).Json(), ifMatch: "\"7\", \"2\""), Cancellation);
        using var delete = await host.Client.SendAsync(JsonRequest(HttpMethod.Delete, $"/api/presets/{id}", "", ifMatch: "*"), Cancellation);
        using var missing = await host.Client.SendAsync(JsonRequest(HttpMethod.Delete, $"/api/presets/{Guid.NewGuid()}", "", ifMatch: "*"), Cancellation);

        Assert.Equal(HttpStatusCode.OK, star.StatusCode);
        Assert.Equal("\"2\"", star.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("\"3\"", list.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AWeakOrUnknownTagInIfMatchIs412AndNothingChanges()
    {
        var id = await CreateAsync($"weak {Guid.NewGuid():N}");

        using var weak = await host.Client.SendAsync(JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("weak " + id).Json(), ifMatch: "W/\"1\""), Cancellation);
        using var other = await host.Client.SendAsync(JsonRequest(HttpMethod.Delete, $"/api/presets/{id}", "", ifMatch: "\"5\", \"6\""), Cancellation);
        using var current = await host.Client.GetAsync($"/api/presets/{id}", Cancellation);

        var problem = await weak.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("weak", problem.GetProperty("detail").GetString());
        Assert.Equal(1, problem.GetProperty("currentVersion").GetInt32());
        await other.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"1\"", current.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task AMissingIfMatchIs428WithAType()
    {
        var id = await CreateAsync($"no if-match {Guid.NewGuid():N}");

        using var response = await host.Client.SendAsync(JsonRequest(HttpMethod.Put, $"/api/presets/{id}", APreset("x " + id).Json()), Cancellation);

        var problem = await response.AssertProblemAsync((HttpStatusCode)428);
        Assert.StartsWith("https://", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"name": "multi-stage-build", "arguments": 5}""", "arguments")]
    [InlineData("""{"arguments": {"source": "/src"}}""", "name")]
    [InlineData("""{"name": 5}""", "name")]
    public async Task MisshapenPromptsGetParamsAreInvalidParams(string parameters, string named)
    {
        var error = await RawMcp.ErrorAsync(host.Client, $$"""{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{{parameters}}}""", Cancellation);

        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Contains(named, error.GetProperty("message").GetString());
    }

    private async Task<string> CreateAsync(string name)
    {
        using var response = await host.Client.SendAsync(JsonRequest(HttpMethod.Post, "/api/presets", APreset(name).Json()), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJson(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
