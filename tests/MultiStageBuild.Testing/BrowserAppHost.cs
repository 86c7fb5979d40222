using Microsoft.Playwright;

namespace MultiStageBuild.Testing;

/// <summary>The app host with one Chromium for all tests that share it.</summary>
public class BrowserAppHost : AppHost
{
    private ChromiumSession? _chromium;

    public BrowserAppHost()
    {
    }

    public BrowserAppHost(AppHostOptions options)
        : base(options)
    {
    }

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("The browser host is not started.");

    public override async ValueTask InitializeAsync()
    {
        // A circuit round trip on a busy 2-core machine can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        await base.InitializeAsync();
        _chromium = await ChromiumSession.LaunchAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
