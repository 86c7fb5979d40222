using System.Net;
using System.Text.Json.Nodes;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Api;

public sealed class RenderEditionApiTests(KestrelAppHost host) : IClassFixture<KestrelAppHost>
{
    [Theory]
    [InlineData("invoked-with.json")]
    [InlineData("example-python-package.json")]
    [InlineData("example-custom-pipeline.json")]
    [InlineData("example-rust-project.json")]
    public async Task TheServedEditionIsWhatReleasedContreeServersReturn(string arguments)
    {
        using var response = await PostAsync(new JsonObject { ["prompt"] = "multi-stage-build", ["edition"] = "contree-mcp-0.1", ["args"] = Golden.ArgumentsOf(arguments) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("contree-mcp-0.1", body.GetProperty("edition").GetString());
        Assert.Equal(Golden.Read($"contree-mcp-0.1/{Path.GetFileNameWithoutExtension(arguments)}.md"), body.GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task AValueThatBreaksTheServedMarkdownComesBackWithAWarning()
    {
        using var response = await PostAsync(new JsonObject
        {
            ["prompt"] = "multi-stage-build", ["edition"] = "contree-mcp-0.1", ["args"] = new JsonObject { ["source"] = "/p", ["build_cmd"] = "make `nproc`" },
        });

        var warning = Assert.Single((await response.ReadJsonAsync()).GetProperty("warnings").EnumerateArray());
        Assert.Equal("build_cmd", warning.GetProperty("argument").GetString());
        Assert.Contains("5. `run` `make `nproc`` with", warning.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("\"contree-mcp-0.2\"", "'contree-mcp-0.2'")]
    [InlineData("\"\"", "''")]
    [InlineData("7", "a number")]
    public async Task AnUnknownEditionIsA400NamingEdition(string edition, string named)
    {
        using var response = await host.Client.PostRawAsync($$$"""{"prompt": "multi-stage-build", "edition": {{{edition}}}, "args": {"source": "/p"} }""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("edition").EnumerateArray()).GetString();
        Assert.Equal($"edition must be one of docs, contree-mcp-0.1 (absent means docs), not {named}.", message);
    }

    [Fact]
    public async Task APresetRendersInTheEditionAskedFor()
    {
        using var response = await PostAsync(new JsonObject { ["preset"] = "poetry", ["edition"] = "contree-mcp-0.1", ["args"] = new JsonObject { ["source"] = "/srv/shop" } });

        var markdown = (await response.ReadJsonAsync()).GetProperty("markdown").GetString();
        Assert.Contains("1. `rsync` `/srv/shop` to `/app`", markdown);
        Assert.Contains("4. `run` `pip install poetry && poetry install` with", markdown);
    }

    [Fact]
    public async Task ThePromptListingNamesEachEditionWithALabelAndTheDefault()
    {
        using var response = await host.Client.GetAsync("/api/prompts", TestContext.Current.CancellationToken);

        var prompt = Assert.Single((await response.ReadJsonAsync()).EnumerateArray());
        Assert.Equal("docs", prompt.GetProperty("defaultEdition").GetString());
        var editions = prompt.GetProperty("editions").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString(), e.GetProperty("label").GetString(), e.GetProperty("isDefault").GetBoolean())).ToList();
        Assert.Equal([("docs", "Reference document", true), ("contree-mcp-0.1", "contree-mcp 0.1.2–0.1.5", false)], editions);
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject body) => host.Client.PostRawAsync(body.ToJsonString());
}
