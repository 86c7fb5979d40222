namespace MultiStageBuild.Web.Tests.Check;

/// <summary>The TypeScript-SDK stand-in for Contree's server, started once for a test class.</summary>
public sealed class StandInFixture : IAsyncLifetime
{
    private ContreeStandIn? _server;

    public ContreeStandIn Server => _server ?? throw new InvalidOperationException("The stand-in is not started.");

    public async ValueTask InitializeAsync() => _server = await ContreeStandIn.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
