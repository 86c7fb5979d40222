using System.Text.Json;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// axe-core finds nothing on any page, in light and dark, on a laptop and a phone, nor with the preset picker or any
/// dialog open. Every rule axe runs by default applies, best practices included.
/// </summary>
[Collection(PresetAppCollection.Name)]
public sealed class AccessibilityTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    private readonly List<Guid> _created = [];

    /// <summary>The states that are more than an address: what opens them, from the page it starts on.</summary>
    private static readonly Dictionary<string, Func<AccessibilityTests, ViewportSize, string, Task<IPage>>> States = new()
    {
        ["preset picker open"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            await designer.PresetPicker.ClickAsync();
            await Expect(designer.Page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        }),
        ["selected format hovered"] = (test, size, theme) => test.OnDesignerAsync(size, theme, designer => SelectedFormat(designer).HoverAsync()),
        ["selected format focused"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            // From the keyboard, so :focus-visible applies as it does for a keyboard user.
            await SelectedFormat(designer).FocusAsync();
            await designer.Page.Keyboard.PressAsync("Shift+Tab");
            await designer.Page.Keyboard.PressAsync("Tab");
            await Expect(SelectedFormat(designer)).ToBeFocusedAsync();
        }),
        ["save as preset dialog"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            var presets = new DesignerPresets(designer);
            await presets.SaveAsButton.ClickAsync();
            await Expect(presets.Editor.Name).ToBeVisibleAsync();
        }),
        ["author dialog"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            await designer.Page.AuthorButton().ClickAsync();
            await Expect(new AuthorPrompt(designer.Page).Name).ToBeVisibleAsync();
        }),
        ["conflict dialog"] = (test, size, theme) => test.ConflictAsync(size, theme),
        ["server check dialog"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            await designer.CheckAgainstServerButton.ClickAsync();
            await Expect(new ServerCheckDialog(designer.Page).Servers.First).ToBeFocusedAsync();
        }),
        ["paste invocation dialog, read"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            var paste = new PasteInvocationDialog(designer.Page);
            await paste.OpenAsync();
            await paste.Text.FillAsync("""{"prompt": "multi-stage-build", "args": {"source": "/srv/pasted"}}""");
            await Expect(paste.Read).ToBeVisibleAsync();
        }),
        ["paste invocation dialog, unreadable"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            var paste = new PasteInvocationDialog(designer.Page);
            await paste.OpenAsync();
            await paste.Text.FillAsync("make all");
            await Expect(paste.Error).ToBeVisibleAsync();
        }),
        ["keyboard shortcuts dialog"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            await designer.Page.WaitForShortcutsAsync();
            await designer.Page.Locator("#designer-title").FocusAsync();
            await designer.Page.Keyboard.PressAsync("?");
            await Expect(designer.Page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" })).ToBeVisibleAsync();
        }),
        ["command palette"] = (test, size, theme) => test.OnDesignerAsync(size, theme, async designer =>
        {
            await designer.Page.WaitForShortcutsAsync();
            await designer.Page.Keyboard.PressAsync("Control+k");
            await Expect(designer.Page.PaletteInput()).ToBeFocusedAsync();
            await Expect(designer.Page.PaletteOptions().First).ToHaveAttributeAsync("aria-selected", "true");
        }),
        ["new preset dialog"] = (test, size, theme) => test.OnPresetsAsync(size, theme, async list =>
        {
            await list.Page.GetByRole(AriaRole.Button, new() { Name = "New preset" }).ClickAsync();
            await Expect(new PresetEditor(list.Page).Name).ToBeVisibleAsync();
        }),
        ["import dialog"] = (test, size, theme) => test.OnPresetsAsync(size, theme, async list =>
        {
            await list.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Expect(list.Page.Locator("#import-text")).ToBeVisibleAsync();
        }),
        ["move to trash confirmation"] = (test, size, theme) => test.OnPresetsAsync(size, theme, async list =>
        {
            await list.Page.GetByRole(AriaRole.Button, new() { NameString = "Delete " }).First.ClickAsync();
            await Expect(list.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Move to trash?");
        }),
        ["trash"] = (test, size, theme) => test.OnPresetsAsync(size, theme, async list =>
        {
            await list.TrashToggle.ClickAsync();
            await Expect(list.Page.GetByRole(AriaRole.Heading, new() { Name = "Trash" })).ToBeVisibleAsync();
        }),
        ["two presets compared"] = (test, size, theme) => test.OpenAsync(size, theme, "/presets/compare?left=python&right=rust",
            page => Expect(page.Locator(".comparison-fields")).ToBeVisibleAsync()),
        ["history with a revision selected"] = (test, size, theme) => test.HistoryAsync(size, theme),
    };

    public static TheoryData<string, string, string> Pages => AxeCheck.InEveryThemeAndScreen(AppPages.All.Select(row => row.Data));

    public static TheoryData<string, string, string> OpenStates => AxeCheck.InEveryThemeAndScreen(States.Keys);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageHasNoViolations(string address, string theme, string screen)
    {
        if (address.Contains(AppPages.PresetPlaceholder, StringComparison.Ordinal))
        {
            var preset = await CreateAsync("Listed");
            address = address.Replace(AppPages.PresetPlaceholder, preset.Id().ToString("N"), StringComparison.Ordinal);
        }

        var page = await OpenAsync(Viewports.Named(screen), theme, address, WaitForPageAsync);

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public async Task AnOpenPickerOrDialogHasNoViolations(string state, string theme, string screen)
    {
        var page = await States[state](this, Viewports.Named(screen), theme);

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    /// <summary>Moves what the test saved to the trash: the tests share one database, and others look for their presets on the list's first page.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var id in _created)
        {
            await Api.DeleteAsync(id);
        }
    }

    /// <summary>The pressed chip of the invocation's format.</summary>
    private static ILocator SelectedFormat(DesignerPage designer) =>
        designer.InvocationPanel.GetByRole(AriaRole.Group, new() { Name = "Format" }).Locator("button[aria-pressed='true']");

    /// <summary>What each page shows once it has loaded what it lists.</summary>
    private Task WaitForPageAsync(IPage page)
    {
        var path = new Uri(page.Url).AbsolutePath;
        return path switch
        {
            "/" => new DesignerPage(page, App.BaseAddress).WaitInteractiveAsync(),
            "/presets" => Expect(page.Locator(".presets-table tbody tr").First).ToBeVisibleAsync(),
            _ when path.EndsWith("/history", StringComparison.Ordinal) => Expect(page.Locator(".revision-list .mud-list-item").First).ToBeVisibleAsync(),
            _ => Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync(),
        };
    }

    private async Task<IPage> OpenAsync(ViewportSize size, string theme, string address, Func<IPage, Task> ready)
    {
        var page = await OpenAtAsync(size, address, initScript: AxeCheck.ThemeScript(theme));
        await AxeCheck.ExpectThemeAsync(page, theme);
        await ready(page);
        return page;
    }

    private Task<IPage> OnDesignerAsync(ViewportSize size, string theme, Func<DesignerPage, Task> open, string address = "/") =>
        OpenAsync(size, theme, address, async page =>
        {
            var designer = new DesignerPage(page, App.BaseAddress);
            await designer.WaitInteractiveAsync();
            await open(designer);
        });

    private async Task<JsonElement> CreateAsync(string name)
    {
        var created = await Api.CreateAsync(PresetsApi.Body(Unique(name), "pytest"));
        _created.Add(created.Id());
        return created;
    }

    private async Task<IPage> OnPresetsAsync(ViewportSize size, string theme, Func<PresetsListPage, Task> open)
    {
        await CreateAsync("Listed");
        return await OpenAsync(size, theme, "/presets", async page =>
        {
            var list = new PresetsListPage(page, App.BaseAddress);
            await Expect(list.Table.Locator("tbody tr").First).ToBeVisibleAsync();
            await open(list);
        });
    }

    /// <summary>The loaded preset was saved elsewhere meanwhile; updating it opens the conflict dialog.</summary>
    private async Task<IPage> ConflictAsync(ViewportSize size, string theme)
    {
        var created = await CreateAsync("Contested");
        var name = created.Name();
        return await OnDesignerAsync(size, theme, async designer =>
        {
            var presets = new DesignerPresets(designer);
            await Expect(presets.Toolbar).ToContainTextAsync($"{name} v1");
            await Api.UpdateAsync(created.Id(), 1, PresetsApi.Body(name, "pytest -x"), author: "grace");
            await Expect(presets.RemoteChange).ToBeVisibleAsync();
            await designer.Field("test_cmd").FillAsync("pytest -q");
            await presets.UpdateButton.ClickAsync();
            await Expect(presets.Conflict.Dialog).ToBeVisibleAsync();
        }, $"/?preset={created.Id():N}");
    }

    private async Task<IPage> HistoryAsync(ViewportSize size, string theme)
    {
        var created = await CreateAsync("Evolving");
        await Api.UpdateAsync(created.Id(), 1, PresetsApi.Body(created.Name(), "pytest -x"));
        return await OpenAsync(size, theme, $"/presets/{created.Id():N}/history", async page =>
        {
            var history = new PresetHistoryPage(page, App.BaseAddress);
            await history.SelectAsync(1);
        });
    }
}
