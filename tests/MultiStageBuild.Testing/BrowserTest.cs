using Microsoft.Playwright;
using Xunit;

namespace MultiStageBuild.Testing;

/// <summary>
/// What every browser test shares: pages in their own browser contexts, the page's console and errors in the test
/// output, and a screenshot of every open page when the test fails.
/// </summary>
public abstract class BrowserTest(BrowserAppHost host) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>
    /// A page in a fresh browser context; <paramref name="initScript"/> runs before any of the page's own scripts, and
    /// <paramref name="label"/> prefixes the page's console lines in the test output, to tell pages apart.
    /// </summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null, string? initScript = null, string? label = null)
    {
        var context = await host.Browser.NewContextAsync(options);
        _contexts.Add(context);
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        var output = TestContext.Current.TestOutputHelper;
        var prefix = label is null ? "" : $"{label} ";
        page.Console += (_, message) => output?.WriteLine($"[{prefix}console.{message.Type}] {message.Text}");
        page.PageError += (_, error) => output?.WriteLine($"[{prefix}page error] {error}");
        return page;
    }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await SaveScreenshotsAsync();
        }

        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Saves each open page to <c>screenshots/</c> in the test output folder and names it in the test output.</summary>
    private async Task SaveScreenshotsAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        var pages = _contexts.SelectMany(c => c.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var path = Path.Combine(folder, pages.Count == 1 ? $"{name}.png" : $"{name}-{i + 1}.png");
            try
            {
                await pages[i].ScreenshotAsync(new() { Path = path, FullPage = true });
                TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
            }
            catch (PlaywrightException e)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"No screenshot of page {i + 1}: {e.Message}");
            }
        }
    }
}
