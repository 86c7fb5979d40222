using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Check;

/// <summary><c>POST /api/check</c> against real MCP servers and non-servers on loopback.</summary>
public sealed class CheckApiTests(CheckServersHost host) : IClassFixture<CheckServersHost>
{
    private static readonly JsonObject SeedArguments = Golden.ArgumentsOf("invoked-with.json");

    [Fact]
    public async Task TheTypeScriptStandInIsIdenticalToTheServedEditionAndDiffersFromDocs()
    {
        var result = await CheckAsync("Contree");

        Assert.Equal("Identical", result.GetProperty("status").GetString());
        Assert.Equal("contree-mcp-0.1", result.GetProperty("matchedEdition").GetString());
        Assert.Equal("docs", result.GetProperty("edition").GetString());
        Assert.Equal(Golden.Read("contree-mcp-0.1/invoked-with.md"), result.GetProperty("serverText").GetString());
        var diff = result.GetProperty("diff").EnumerateArray().Select(l => (l.GetProperty("kind").GetString(), l.GetProperty("text").GetString())).ToList();
        Assert.Contains(("Removed", "Execute a multi-stage build with rollback checkpoints:"), diff);
        Assert.Contains(("Added", "6. `run` `pytest -v` on the build image with `cwd=\"/app\"`."), diff);
        Assert.Contains("returns exactly the contree-mcp 0.1.2–0.1.5 edition (contree-mcp-0.1)", result.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ListsTheServersPromptsWithTheirArgumentMetadata()
    {
        var result = await CheckAsync("Contree", "contree-mcp-0.1");

        Assert.True(result.GetProperty("status").GetString() == "Identical", result.GetProperty("message").GetString());
        Assert.All(result.GetProperty("diff").EnumerateArray(), l => Assert.Equal("Same", l.GetProperty("kind").GetString()));
        var prompt = Assert.Single(result.GetProperty("prompts").EnumerateArray());
        Assert.Equal("multi-stage-build", prompt.GetProperty("name").GetString());
        Assert.Equal(
            [("source", true), ("install_cmd", false), ("build_cmd", false), ("test_cmd", false)],
            prompt.GetProperty("arguments").EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.GetProperty("required").GetBoolean())));
    }

    [Fact]
    public async Task AnotherInstanceOfThisAppMatchesTheDocsEdition()
    {
        var result = await CheckAsync("This app");

        Assert.True(result.GetProperty("status").GetString() == "Identical", result.GetProperty("message").GetString());
        Assert.Equal("docs", result.GetProperty("matchedEdition").GetString());
        Assert.Equal(Golden.Read("returns.md"), result.GetProperty("serverText").GetString());
    }

    [Theory]
    [InlineData("Nothing listening", "Unreachable", "Nothing answers at http://127.0.0.1:")]
    [InlineData("Plain web", "NotMcp", "answered, but not as an MCP server")]
    [InlineData("No prompts", "NoPrompt", "No prompts serves no multi-stage-build prompt; it lists run-shell.")]
    [InlineData("Failing", "ErrorResult", "the build farm is down for maintenance")]
    [InlineData("Silent", "TimedOut", "did not answer within 10 seconds")]
    public async Task EachFailureSaysWhatHappened(string server, string status, string message)
    {
        var result = await CheckAsync(server);

        Assert.Equal(status, result.GetProperty("status").GetString());
        Assert.Contains(message, result.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("serverText").ValueKind);
    }

    [Fact]
    public async Task AServerThatIsNotConfiguredIsA400NamingServer()
    {
        using var response = await PostAsync(new JsonObject { ["server"] = "http://evil.example/mcp", ["args"] = SeedArguments.DeepClone() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").GetProperty("server").EnumerateArray()).GetString();
        Assert.StartsWith("No configured server is called 'http://evil.example/mcp'; the configured ones are Contree, This app,", error);
    }

    [Fact]
    public async Task AServerNameThatIsNoTextIsA400NamingServer()
    {
        using var response = await host.Client.PostAsync(
            "/api/check", new StringContent("""{"server": "\ud800", "args": {}}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not valid text", Assert.Single(problem.GetProperty("errors").GetProperty("server").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task AnOmittedPromptIsTheBasePromptAndOtherMembersAreStillRefused()
    {
        using var response = await PostAsync(new JsonObject { ["server"] = "Contree", ["args"] = SeedArguments.DeepClone(), ["extra"] = 1 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("extra", out _));
        Assert.False(problem.GetProperty("errors").TryGetProperty("server", out _));
        Assert.False(problem.GetProperty("errors").TryGetProperty("prompt", out _));
    }

    [Fact]
    public async Task InvalidArgumentsAreA400KeyedByArgument()
    {
        using var response = await PostAsync(new JsonObject { ["server"] = "Contree", ["args"] = new JsonObject { ["source"] = "relative" } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
    }

    private async Task<JsonElement> CheckAsync(string server, string? edition = null)
    {
        var body = new JsonObject { ["server"] = server, ["args"] = SeedArguments.DeepClone() };
        if (edition is not null)
        {
            body["edition"] = edition;
        }

        using var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject body) => host.Client.PostJsonAsync("/api/check", body.ToJsonString());
}
