using System.Net;
using System.Text;
using ModelContextProtocol;
using MultiStageBuild.Core.Json;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Tests.Api;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>Hostile JSON against the real app: every surface reads it through one layer and answers briefly.</summary>
public sealed class JsonInputTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private const int SmallAnswer = 16 * 1024;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnArgumentThatIsNotAStringGetsTheSameMessageFromEverySurface()
    {
        const string Expected = "test_cmd must be a string, not a number.";

        using var render = await host.Client.PostRawAsync("""{"prompt": "multi-stage-build", "args": {"source": "/p", "test_cmd": 5}}""");
        using var create = await host.Client.PostJsonAsync("/api/presets", """{"name": "Shape", "args": {"test_cmd": 5}}""");
        using var import = await host.Client.PostJsonAsync("/api/presets/import", Document("""{"name": "Shape", "args": {"test_cmd": 5}}"""));
        var pasted = InvocationReader.Read("""{"prompt": "multi-stage-build", "args": {"test_cmd": 5}}""", Core.Prompts.MultiStageBuildPrompt.Definition);
        await using var client = await host.ConnectAsync();
        var mcp = await Assert.ThrowsAsync<McpProtocolException>(() => client.GetPromptAsync(
            "multi-stage-build", new Dictionary<string, object?> { ["source"] = "/p", ["test_cmd"] = 5 }, cancellationToken: Cancellation).AsTask());

        Assert.Equal(Expected, Assert.Single((await render.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("test_cmd")));
        Assert.Equal(Expected, Assert.Single((await create.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("args.test_cmd")));
        Assert.Equal(Expected, Assert.Single((await import.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("presets[0].args.test_cmd")));
        Assert.Equal(Expected, pasted.Error);
        Assert.Contains(Expected, mcp.Message);
    }

    [Theory]
    [InlineData("/api/render", """{"prompt": "multi-stage-build", "args": {"source": "/p\ud800"}}""", "source")]
    [InlineData("/api/presets", """{"name": "Lone \ud800 half"}""", "name")]
    public async Task AnUnpairedSurrogateEscapeIsA400NamingTheField(string url, string body, string field)
    {
        using var response = await host.Client.PostJsonAsync(url, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("unpaired surrogate escape", Assert.Single(problem.ErrorsFor(field)));
    }

    [Theory]
    [InlineData("POST", "/api/render", """{"prompt": "multi-stage-build", "args": {"\udc00": "x"}}""", "args")]
    [InlineData("POST", "/api/render", """{"\ud800": 1, "\ud800": 2}""", "$")]
    [InlineData("POST", "/api/presets", """{"name": "Key", "args": {"\udc00": "x"}}""", "args")]
    [InlineData("PUT", "/api/presets/00000000-0000-0000-0000-000000000001", """{"name": "Key", "args": {"source": "/p", "\udc00": "x"}}""", "args")]
    [InlineData("POST", "/api/presets/import", """{"format": "multi-stage-build-presets", "version": 1, "presets": [{"name": "Key", "args": {"\udc00": "x"}}]}""", "presets[0].args")]
    public async Task AnUnpairedSurrogateEscapeInAKeyIsA400NamingTheObjectHoldingIt(string method, string url, string body, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var response = await host.Client.SendAsync(request, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(InputMessages.NameNotText(field == "$" ? "" : field), Assert.Single(problem.ErrorsFor(field)));
    }

    [Fact]
    public void APastedInvocationWithAnUnpairedSurrogateEscapeInAKeyIsRefusedNamingArgs()
    {
        var pasted = InvocationReader.Read("""{"prompt": "multi-stage-build", "args": {"\udc00": "x"}}""", Core.Prompts.MultiStageBuildPrompt.Definition);

        Assert.Equal(InputMessages.NameNotText("args"), pasted.Error);
    }

    [Theory]
    [InlineData("""{"name": "multi-stage-build", "arguments": {"\udc00": "x"}}""", "A member name in arguments is not valid text")]
    [InlineData("""{"name": "multi-stage-build", "arguments": {"source": "/p\udc00"}}""", "source is not valid text")]
    [InlineData("""{"name": "multi-stage-build\ud800"}""", "name is not valid text")]
    public async Task AnUnpairedSurrogateEscapeInMcpPromptsGetParamsIsInvalidParamsNamingIt(string parameters, string expected)
    {
        var error = await RawMcp.ErrorAsync(host.Client, $$"""{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{{parameters}}}""", Cancellation);

        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Contains(expected, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnImportRepeatingAKeyOrAddingAMemberIsRefusedAsPostRefusesIt()
    {
        using var duplicate = await host.Client.PostJsonAsync("/api/presets/import", Document("""{"name": "A", "name": "B"}"""));
        using var unknown = await host.Client.PostJsonAsync("/api/presets/import", Document("""{"name": "A", "colour": "red"}"""));

        Assert.Contains("Duplicate", Assert.Single((await duplicate.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("$")));
        Assert.Contains("'colour' is not one of them", Assert.Single((await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("presets[0].colour")));
    }

    [Fact]
    public async Task ThousandsOfUnknownArgumentNamesGetASmallError()
    {
        // As many as fit in /mcp's 64 KB body limit (a larger body is a 413 before any argument is read).
        var arguments = Enumerable.Range(0, 2_000).ToDictionary(i => $"u{i}", object? (_) => "x");
        arguments["source"] = "/p";
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.GetPromptAsync("multi-stage-build", arguments, cancellationToken: Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) < SmallAnswer, $"{error.Message.Length} characters");
        Assert.Contains(InputMessages.Omitted(2_000 - FieldErrors.MaxListed), error.Message);
    }

    [Fact]
    public async Task AnImportOfThousandsOfBadEntriesGetsASmallAnswer()
    {
        var entries = string.Join(",", Enumerable.Range(0, 5000).Select(i => $$$"""{"name": "n{{{i}}}", "args": {"source": "relative/{{{new string('x', 300)}}}"}}"""));

        using var response = await host.Client.PostJsonAsync("/api/presets/import", Document(entries));

        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < SmallAnswer, $"{body.Length} characters");
        Assert.Equal(5000 - FieldErrors.MaxListed, (await response.ReadJsonAsync()).GetProperty("omittedErrors").GetInt32());
        Assert.Contains("…", body);
    }

    private static string Document(string entries) => $$"""{"format": "multi-stage-build-presets", "version": 1, "presets": [{{entries}}]}""";
}
