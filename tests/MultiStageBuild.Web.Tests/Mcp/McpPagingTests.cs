using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>Lists of more than one page, on a host of their own so the preset count is known.</summary>
public sealed class McpPagingTests(McpAppHost host) : IClassFixture<McpAppHost>, IAsyncLifetime
{
    private const int Presets = 120;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var repository = host.Services.GetRequiredService<IPresetRepository>();
        if ((await repository.SearchAsync(new PresetQuery(PageSize: 1), Cancellation)).Total > 0)
        {
            return;
        }

        var drafts = Enumerable.Range(1, Presets)
            .Select(i => new PresetDraft($"Bulk {i:000}", "", [], ArgumentSet.Empty.With("install_cmd", $"make deps-{i % 7}")))
            .ToList();
        var outcome = await repository.ImportAsync(drafts, ImportClash.Skip, "mcp-tests", dryRun: false, Cancellation);
        Assert.True(outcome.Succeeded);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task PromptsComeOneHundredPerPageWithACursor()
    {
        await using var client = await host.ConnectAsync();

        var first = await client.ListPromptsAsync(new ListPromptsRequestParams(), Cancellation);
        var second = await client.ListPromptsAsync(new ListPromptsRequestParams { Cursor = first.NextCursor }, Cancellation);

        Assert.Equal(100, first.Prompts.Count);
        Assert.Equal("multi-stage-build", first.Prompts[0].Name);
        Assert.NotNull(first.NextCursor);
        Assert.Equal(Presets + 1 - 100, second.Prompts.Count);
        Assert.Null(second.NextCursor);
        Assert.Equal("multi-stage-build.bulk-120", second.Prompts[^1].Name);
        Assert.Equal(Presets + 1, (await client.ListPromptsAsync(cancellationToken: Cancellation)).Count);
    }

    [Fact]
    public async Task ResourcesArePagedToo()
    {
        await using var client = await host.ConnectAsync();

        var first = await client.ListResourcesAsync(new ListResourcesRequestParams(), Cancellation);

        Assert.Equal(100, first.Resources.Count);
        Assert.Equal(Presets, (await client.ListResourcesAsync(cancellationToken: Cancellation)).Count);
    }

    [Fact]
    public async Task AForeignCursorIsInvalidParams()
    {
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.ListPromptsAsync(new ListPromptsRequestParams { Cursor = "not-a-cursor" }, Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("cursor", error.Message);
    }

    [Fact]
    public async Task CompletionsSayHowManyMatched()
    {
        await using var client = await host.ConnectAsync();

        var completion = (await client.CompleteAsync(new PromptReference { Name = "multi-stage-build.bulk-007" }, "install_cmd", "make", cancellationToken: Cancellation)).Completion;

        Assert.Equal(7, completion.Total);
        Assert.False(completion.HasMore);
        Assert.Equal("make deps-1", completion.Values[0]);
    }
}
