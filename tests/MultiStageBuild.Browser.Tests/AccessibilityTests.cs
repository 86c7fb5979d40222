using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
    private static readonly string[] Themes = ["light", "dark"];
    private static readonly string[] Screens = ["laptop", "phone"];

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

    public static TheoryData<string, string, string> Pages => Combine(AppPages.All.Select(row => row.Data));

    public static TheoryData<string, string, string> OpenStates => Combine(States.Keys);

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

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(OpenStates))]
    public async Task AnOpenPickerOrDialogHasNoViolations(string state, string theme, string screen)
    {
        var page = await States[state](this, Viewports.Named(screen), theme);

        await AssertNoViolationsAsync(page);
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

    private static TheoryData<string, string, string> Combine(IEnumerable<string> subjects)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var subject in subjects)
        {
            foreach (var theme in Themes)
            {
                foreach (var screen in Screens)
                {
                    data.Add(subject, theme, screen);
                }
            }
        }

        return data;
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        await SettleAsync(page);
        var result = await page.RunAxe();
        var violations = result.Violations;
        Assert.True(violations.Length == 0, $"axe-core found {violations.Length} violation(s) on {page.Url}:{Environment.NewLine}{Describe(violations)}");
    }

    /// <summary>Each violation's rule, impact and summary, then every element it found, with axe's reason.</summary>
    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(violation =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help}{Environment.NewLine}" +
        string.Join(Environment.NewLine, violation.Nodes.Select(node =>
            $"    {node.Target}: {Reasons(node)}{Environment.NewLine}      {node.Html}"))));

    /// <summary>What axe's checks said about a node, as its failure summary puts it.</summary>
    private static string Reasons(AxeResultNode node) =>
        string.Join(" ", new[] { ("Fix any of:", node.Any), ("Fix all of:", node.All.Concat(node.None).ToArray()) }
            .Where(group => group.Item2.Length > 0)
            .Select(group => $"{group.Item1} {string.Join("; ", group.Item2.Select(check => check.Message))}."));

    /// <summary>Waits for opening transitions and fades to end: axe measures colours as they are painted.</summary>
    private static Task SettleAsync(IPage page) => page.WaitForFunctionAsync(
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");

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
        var page = await OpenAtAsync(size, address, initScript: $"try {{ localStorage.setItem('theme', '{theme}'); }} catch {{ }}");
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", theme == "dark" ? "true" : "false");
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
