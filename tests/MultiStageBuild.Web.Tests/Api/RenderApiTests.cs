using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Api;

public sealed class RenderApiTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{

    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task RendersSeedExampleExactly()
    {
        using var response = await _client.PostRenderAsync(Golden.ArgumentsOf("invoked-with.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.ContentType()?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(
            ["edition", "markdown", "html", "invocationJson", "invocationFullJson", "mcpRequestJson", "warnings"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Golden.Read("returns.md"), body.GetProperty("markdown").GetString());
        Assert.Equal("docs", body.GetProperty("edition").GetString());
        Assert.Contains("<strong>Stage 1: Setup Base</strong>", body.GetProperty("html").GetString());
        Assert.Empty(body.GetProperty("warnings").EnumerateArray());
    }

    [Theory]
    [InlineData("example-python-package.json")]
    [InlineData("example-custom-pipeline.json")]
    [InlineData("example-rust-project.json")]
    public async Task InvocationJsonMatchesTheDocumentedExampleByteForByte(string example)
    {
        using var response = await _client.PostRenderAsync(Golden.ArgumentsOf(example));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = (await response.ReadJsonAsync()).GetProperty("invocationJson").GetString()!;
        Assert.Equal(File.ReadAllBytes(Golden.PathOf(example)), Encoding.UTF8.GetBytes(invocation));
    }

    [Fact]
    public async Task FullInvocationAndMcpRequestSpellOutEveryArgument()
    {
        using var response = await _client.PostRenderAsync(Golden.ArgumentsOf("example-python-package.json"));

        var body = await response.ReadJsonAsync();
        var full = JsonNode.Parse(body.GetProperty("invocationFullJson").GetString()!)!;
        Assert.Equal("pip install -e .", (string?)full["args"]!["install_cmd"]);
        Assert.Equal(["source", "install_cmd", "build_cmd", "test_cmd"], full["args"]!.AsObject().Select(p => p.Key));

        var request = JsonNode.Parse(body.GetProperty("mcpRequestJson").GetString()!)!;
        Assert.Equal("prompts/get", (string?)request["method"]);
        Assert.Equal("multi-stage-build", (string?)request["params"]!["name"]);
        Assert.Equal("/path/to/package", (string?)request["params"]!["arguments"]!["source"]);
        Assert.Equal("pytest", (string?)request["params"]!["arguments"]!["test_cmd"]);
    }

    [Fact]
    public async Task WarnsAboutCargoOnThePythonImage()
    {
        using var response = await _client.PostRenderAsync(Golden.ArgumentsOf("example-rust-project.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warnings = (await response.ReadJsonAsync()).GetProperty("warnings").EnumerateArray()
            .Select(w => (Argument: w.GetProperty("argument").GetString(), Message: w.GetProperty("message").GetString()!))
            .ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal("install_cmd", warning.Argument);
        Assert.Contains("cargo is not in tag:python:3.11-slim", warning.Message);
    }

    [Fact]
    public async Task RejectsRelativeSource()
    {
        using var response = await _client.PostRenderAsync(new JsonObject { ["source"] = "project/src" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The arguments are not valid", problem.GetProperty("title").GetString());
        Assert.Contains("'project/src' is relative", Assert.Single(problem.ErrorsFor("source")));
    }

    [Fact]
    public async Task RejectsMissingSource()
    {
        using var response = await _client.PostRenderAsync(new JsonObject { ["test_cmd"] = "pytest -x" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("source is required", Assert.Single(problem.ErrorsFor("source")));
        Assert.False(problem.GetProperty("errors").TryGetProperty("test_cmd", out _));
    }

    [Fact]
    public async Task ReportsEveryInvalidArgumentUnderItsName()
    {
        var args = new JsonObject { ["source"] = "/p", ["build_cmd"] = "make\nmake test", ["verbose"] = "1" };

        using var response = await _client.PostRenderAsync(args);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["verbose", "build_cmd"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("takes no argument 'verbose'", Assert.Single(problem.ErrorsFor("verbose")));
        Assert.Contains("must be one line", Assert.Single(problem.ErrorsFor("build_cmd")));
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    [InlineData("[\"pytest\"]", "an array")]
    public async Task RejectsNonStringValue(string value, string described)
    {
        using var response = await _client.PostRawAsync("""{"prompt": "multi-stage-build", "args": {"source": "/p", "test_cmd": """ + value + "}}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"test_cmd must be a string, not {described}.", Assert.Single(problem.ErrorsFor("test_cmd")));
    }

    [Theory]
    [InlineData("""{"args": {"source": "/p"}}""")]
    [InlineData("""{"prompt": "  ", "args": {"source": "/p"}}""")]
    [InlineData("""{"prompt": null, "args": {"source": "/p"}}""")]
    public async Task RejectsMissingOrBlankPrompt(string body)
    {
        using var response = await _client.PostRawAsync(body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("prompt is required", Assert.Single(problem.ErrorsFor("prompt")));
    }

    [Fact]
    public async Task APromptThatIsNotAStringSaysSo()
    {
        using var response = await _client.PostRawAsync("""{"prompt": 7, "args": {"source": "/p"}}""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("prompt must be a string, not a number.", Assert.Single(problem.ErrorsFor("prompt")));
    }

    [Fact]
    public async Task RejectsArgsThatAreNotAnObject()
    {
        using var response = await _client.PostRawAsync("""{"prompt": "multi-stage-build", "args": ["/p"]}""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("args must be an object of string values, not an array.", Assert.Single(problem.ErrorsFor("args")));
    }

    [Fact]
    public async Task RejectsMisspelledRequestMember()
    {
        using var response = await _client.PostRawAsync("""{"prompt": "multi-stage-build", "arguments": {"source": "/p"}}""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'arguments' is not one of them", Assert.Single(problem.ErrorsFor("arguments")));
    }

    [Fact]
    public async Task UnknownPromptIsNotFound()
    {
        using var response = await _client.PostRenderAsync(new JsonObject { ["source"] = "/p" }, prompt: "single-stage-build");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No prompt named 'single-stage-build'", problem.GetProperty("title").GetString());
        Assert.Contains("multi-stage-build", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RejectsMalformedJsonWithItsPosition()
    {
        using var response = await _client.PostRawAsync("{\"prompt\": \"multi-stage-build\",\n  \"args\": {\"source\": \"/p\",}}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The body is not valid JSON", problem.GetProperty("title").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal(27, problem.GetProperty("position").GetInt32());
        var detail = problem.GetProperty("detail").GetString();
        Assert.StartsWith("Not valid JSON at line 2, byte 27: The JSON object contains a trailing comma", detail);
        Assert.DoesNotContain("LineNumber", detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"prompt": "multi-stage-build", "args": {"source": "/a", "source": "/b"}}""")]
    public async Task RejectsBodiesThatAreNotOneRenderRequest(string body)
    {
        using var response = await _client.PostRawAsync(body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RejectsBodyOver64KB()
    {
        var source = "/" + new string('a', 70 * 1024);

        using var response = await _client.PostRenderAsync(new JsonObject { ["source"] = source });

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The body is too large", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task RejectsChunkedBodyOver64KBWithoutContentLength()
    {
        var body = new JsonObject { ["prompt"] = "multi-stage-build", ["args"] = new JsonObject { ["source"] = "/" + new string('a', 70 * 1024) } };
        using var content = new ChunkedContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
        content.Headers.ContentType = new("application/json");

        using var response = await _client.PostAsync("/api/render", content, TestContext.Current.CancellationToken);

        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ReadsBodiesUpTo64KB()
    {
        var body = """{"prompt": "multi-stage-build", "args": {"source": "/""" + new string('a', 60 * 1024) + "\"}}";

        using var response = await _client.PostRawAsync(body);

        // Read and parsed: the value itself is too long for the argument checks, not the body for the reader.
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("the limit is 4,096", Assert.Single(problem.ErrorsFor("source")));
    }

    /// <summary>Content of unknown length, so the client sends it chunked and the server must count the bytes.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
