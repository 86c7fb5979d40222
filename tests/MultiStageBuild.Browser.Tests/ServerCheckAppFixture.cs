namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// The app with two servers to check against: the TypeScript-SDK stand-in for Contree's (started here) first, and a
/// loopback port nothing listens on.
/// </summary>
public sealed class ServerCheckAppFixture : BrowserAppHost
{
    private readonly Dictionary<string, string?> _settings;
    private ContreeStandIn? _standIn;

    public ServerCheckAppFixture()
        : this([])
    {
    }

    private ServerCheckAppFixture(Dictionary<string, string?> settings)
        : base(new AppHostOptions { Settings = settings }) => _settings = settings;

    /// <summary>The address of the server no one answers at.</summary>
    public string NowhereUrl { get; } = $"http://127.0.0.1:{LoopbackPort.Free()}/mcp";

    public override async ValueTask InitializeAsync()
    {
        _standIn = await ContreeStandIn.StartAsync(TestContext.Current.CancellationToken);
        _settings["Designer:Servers:0:Name"] = "Contree";
        _settings["Designer:Servers:0:Url"] = _standIn.Endpoint.ToString();
        _settings["Designer:Servers:1:Name"] = "Nowhere";
        _settings["Designer:Servers:1:Url"] = NowhereUrl;
        // The stand-in is a Node process on a shared machine: its answer, not the clock, decides these tests.
        _settings["Designer:CheckTimeoutSeconds"] = "60";
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }
}
