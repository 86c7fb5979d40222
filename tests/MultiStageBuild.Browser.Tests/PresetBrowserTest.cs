using System.Text.Json;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// What the preset browser tests share: pages in their own browser contexts (each its own localStorage, so its own
/// author), the HTTP API for arranging and checking, and screenshots of every page when a test fails.
/// </summary>
public abstract class PresetBrowserTest(RestartableAppFixture app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected RestartableAppFixture App { get; } = app;

    protected PresetsApi Api { get; } = new(app);

    /// <summary>A name no other test uses: the tests share one database.</summary>
    protected static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A page in a fresh browser context whose localStorage names <paramref name="author"/> (none: the app will ask).</summary>
    protected async Task<IPage> NewPageAsync(string? author)
    {
        var context = await App.Browser.NewContextAsync();
        _contexts.Add(context);
        if (author is not null)
        {
            await context.AddInitScriptAsync($"try {{ localStorage.setItem('author', {JsonSerializer.Serialize(author)}); }} catch {{ }}");
        }

        var page = await context.NewPageAsync();
        var output = TestContext.Current.TestOutputHelper;
        page.Console += (_, message) => output?.WriteLine($"[{author ?? "no author"} console.{message.Type}] {message.Text}");
        page.PageError += (_, error) => output?.WriteLine($"[{author ?? "no author"} page error] {error}");
        return page;
    }

    /// <summary>The designer at <c>/</c> for <paramref name="author"/>, optionally with a saved preset loaded, once its circuit is live.</summary>
    protected async Task<(DesignerPage Designer, DesignerPresets Presets)> OpenDesignerAsync(string author, Guid? preset = null)
    {
        var designer = new DesignerPage(await NewPageAsync(author), App.BaseAddress);
        await designer.GotoAsync(preset is { } id ? $"preset={id:N}" : null);
        await designer.Page.WaitForAuthorAsync(author);
        var presets = new DesignerPresets(designer);
        if (preset is not null)
        {
            await Expect(presets.Toolbar).ToContainTextAsync(" v");
        }

        return (designer, presets);
    }

    protected async Task<PresetsListPage> OpenPresetsAsync(string author)
    {
        var list = new PresetsListPage(await NewPageAsync(author), App.BaseAddress);
        await list.GotoAsync(author);
        return list;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
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
