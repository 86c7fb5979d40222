using System.Text.Json;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// What the preset browser tests share: pages in their own browser contexts (each its own localStorage, so its own
/// author), the HTTP API for arranging and checking, and screenshots of every page when a test fails.
/// </summary>
public abstract class PresetBrowserTest(RestartableAppFixture app) : BrowserTest(app)
{
    protected RestartableAppFixture App { get; } = app;

    protected PresetsApi Api { get; } = new(app);

    /// <summary>A name no other test uses: the tests share one database.</summary>
    protected static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A page in a fresh browser context whose localStorage names <paramref name="author"/> (none: the app will ask).</summary>
    protected Task<IPage> NewPageAsync(string? author) =>
        NewPageAsync(
            initScript: author is null ? null : AuthorScript(author),
            label: author ?? "no author");

    private static string AuthorScript(string author) => $"try {{ localStorage.setItem('author', {JsonSerializer.Serialize(author)}); }} catch {{ }}";

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

    /// <summary>
    /// Opens <paramref name="address"/> at <paramref name="size"/> for <paramref name="author"/> once its circuit is live
    /// (the name shows in the app bar); <c>{preset}</c> in the address becomes a newly saved preset's id.
    /// </summary>
    protected async Task<IPage> OpenAtAsync(ViewportSize size, string address, string author = "ada", string? initScript = null)
    {
        if (address.Contains(AppPages.PresetPlaceholder, StringComparison.Ordinal))
        {
            var preset = await Api.CreateAsync(PresetsApi.Body(Unique("Layout"), "pytest"));
            address = address.Replace(AppPages.PresetPlaceholder, preset.Id().ToString("N"), StringComparison.Ordinal);
        }

        var page = await NewPageAsync(initScript: AuthorScript(author) + initScript, label: author);
        await page.SetViewportSizeAsync(size.Width, size.Height);
        await page.GotoAsync(new Uri(App.BaseAddress, address).ToString());
        await page.WaitForAuthorAsync(author);
        return page;
    }
}
