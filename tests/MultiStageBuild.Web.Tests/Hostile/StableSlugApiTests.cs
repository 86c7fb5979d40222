using System.Net;
using System.Net.Http.Json;
using MultiStageBuild.Web.Tests.Api;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Hostile;

public sealed class StableSlugApiTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APresetsMcpNameSurvivesARenameAndChangesOnlyWhenAPutAsksForIt()
    {
        using var created = await host.Client.PostAsJsonAsync("/api/presets", new { name = "café", args = new { install_cmd = "make" } }, Cancellation);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        using var rename = new HttpRequestMessage(HttpMethod.Put, $"/api/presets/{id}") { Content = JsonContent.Create(new { name = "Bistro", args = new { install_cmd = "make" } }) };
        rename.Headers.IfMatch.ParseAdd("\"1\"");
        using var renamed = await host.Client.SendAsync(rename, Cancellation);
        await using var mcp = await host.ConnectAsync();
        var afterRename = (await mcp.ListPromptsAsync(cancellationToken: Cancellation)).Select(p => p.Name).ToList();
        using var reslug = new HttpRequestMessage(HttpMethod.Put, $"/api/presets/{id}") { Content = JsonContent.Create(new { name = "Bistro", slug = "bistro", args = new { install_cmd = "make" } }) };
        reslug.Headers.IfMatch.ParseAdd("\"2\"");
        using var reslugged = await host.Client.SendAsync(reslug, Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("cafe", (await renamed.ReadJsonAsync()).GetProperty("slug").GetString());
        Assert.Contains("multi-stage-build.cafe", afterRename);
        Assert.Equal("bistro", (await reslugged.ReadJsonAsync()).GetProperty("slug").GetString());
        Assert.Contains("multi-stage-build.bistro", (await mcp.ListPromptsAsync(cancellationToken: Cancellation)).Select(p => p.Name));
    }

    [Fact]
    public async Task AskingForAnotherPresetsSlugIsAConflictAndAMalformedOrReservedSlugIsBadInput()
    {
        using var first = await host.Client.PostAsJsonAsync("/api/presets", new { name = "Slug owner", slug = "owned-slug", args = new { install_cmd = "make" } }, Cancellation);
        using var taken = await host.Client.PostAsJsonAsync("/api/presets", new { name = "Slug taker", slug = "owned-slug", args = new { install_cmd = "make" } }, Cancellation);
        using var malformed = await host.Client.PostAsJsonAsync("/api/presets", new { name = "Slug shouter", slug = "NOT A SLUG", args = new { install_cmd = "make" } }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var clash = await taken.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("owned-slug", clash.GetProperty("errors").GetProperty("slug")[0].GetString());
        var bad = await malformed.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("slug", out _));
    }
}
