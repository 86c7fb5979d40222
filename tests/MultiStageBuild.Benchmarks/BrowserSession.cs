using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests;

namespace MultiStageBuild.Benchmarks;

/// <summary>One headless Chromium for the whole run, launched as the browser tests launch it, driven by Playwright.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return new BrowserSession(playwright, await ChromiumLauncher.LaunchAsync(playwright));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
