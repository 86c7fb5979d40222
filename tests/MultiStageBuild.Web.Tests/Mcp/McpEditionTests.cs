using System.Text;
using ModelContextProtocol.Protocol;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>With <c>Mcp:Edition</c> set, prompts/get returns that edition's text byte for byte.</summary>
public sealed class McpEditionTests(ServedEditionMcpHost host) : IClassFixture<ServedEditionMcpHost>
{
    [Fact]
    public async Task ServesTheConfiguredEditionByteForByte()
    {
        await using var client = await host.ConnectAsync();
        var arguments = Golden.ArgumentsOf("example-custom-pipeline.json").ToDictionary(p => p.Key, p => (object?)(string?)p.Value);

        var result = await client.GetPromptAsync("multi-stage-build", arguments, cancellationToken: TestContext.Current.CancellationToken);

        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Messages).Content).Text;
        Assert.Equal(File.ReadAllBytes(Golden.PathOf("contree-mcp-0.1/example-custom-pipeline.md")), Encoding.UTF8.GetBytes(text));
    }
}
