using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Tests.Mcp;

public sealed class McpCatalogueTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    [Fact]
    public async Task ReadsTheStoreOnceUntilAPresetChanges()
    {
        var catalogue = host.Services.GetRequiredService<McpCatalogue>();
        var cancellation = TestContext.Current.CancellationToken;

        var first = await catalogue.LoadAsync(cancellation);
        Assert.Same(first, await catalogue.LoadAsync(cancellation));

        await host.SavePresetAsync("catalogue cache check", install: "uv sync");

        var after = await catalogue.LoadAsync(cancellation);
        Assert.NotSame(first, after);
        Assert.Contains(after.PresetPrompts, p => p.Preset!.Name == "catalogue cache check");
    }
}
