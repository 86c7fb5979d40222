using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The layout on a laptop (1366x768) and a phone (390x844): the main task in view, nothing off to the side.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class LayoutTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    private static ViewportSize Laptop => Viewports.Laptop;

    private static ViewportSize Phone => Viewports.Phone;

    [Fact]
    public async Task FirstVisitOnALaptopShowsAWorkingPromptWithPresetSourceAndCopyInView()
    {
        var designer = await OpenDesignerAtAsync(Laptop);

        await Expect(designer.PresetPicker).ToHaveValueAsync("Python package");
        await Expect(designer.Source).ToHaveValueAsync("/home/user/project");
        await Expect(designer.Page.GetByTestId("designer-guide")).ToHaveTextAsync("Pick a preset, set the source, copy the invocation.");
        await Expect(designer.CopyButton).ToBeEnabledAsync();
        await Expect(designer.PresetPicker).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(designer.Source).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(designer.CopyButton).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(designer.Invocation).ToBeInViewportAsync();
        await Expect(designer.Preview).ToBeInViewportAsync();
    }

    [Fact]
    public async Task OnAPhoneTheFormComesFirstThenCopyThenThePreview()
    {
        var designer = await OpenDesignerAtAsync(Phone);

        var testCommand = await designer.Field("test_cmd").BoundingBoxAsync();
        var copy = await designer.CopyButton.BoundingBoxAsync();
        var preview = await designer.Preview.BoundingBoxAsync();
        Assert.True(testCommand!.Y < copy!.Y, $"Copy (y={copy.Y}) comes after the form's last field (y={testCommand.Y}).");
        Assert.True(copy.Y < preview!.Y, $"The preview (y={preview.Y}) comes after Copy (y={copy.Y}).");
    }

    [Fact]
    public async Task OnAPhoneThePresetToolbarKeepsOneRowWithItsOtherActionsInAMenuTheKeyboardOpens()
    {
        var (designer, presets, paste) = await OpenWithAPresetLoadedAsync(Phone);
        await designer.Field("test_cmd").FillAsync("pytest -x");
        await Expect(presets.UpdateButton).ToBeEnabledAsync();

        await Expect(presets.SaveAsButton).ToBeHiddenAsync();
        await Expect(paste.Button).ToBeHiddenAsync();
        var update = (await presets.UpdateButton.BoundingBoxAsync())!;
        var more = (await paste.MoreActions.BoundingBoxAsync())!;
        Assert.True(Math.Abs(update.Y + (update.Height / 2) - (more.Y + (more.Height / 2))) < 2,
            $"Update preset (y={update.Y}) and More actions (y={more.Y}) share one row.");

        await paste.MoreActions.FocusAsync();
        await designer.Page.Keyboard.PressAsync("Enter");
        var items = designer.Page.GetByRole(AriaRole.Menuitem);
        await Expect(items).ToHaveTextAsync(["Paste invocation", "Save as preset", "Protect"]);
        await Expect(items.First).ToBeFocusedAsync();
        await designer.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await designer.Page.Keyboard.PressAsync("Enter");
        await Expect(presets.Editor.Name).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnALaptopThePresetToolbarShowsEveryActionAsAButton()
    {
        var (designer, presets, paste) = await OpenWithAPresetLoadedAsync(Laptop);

        await Expect(paste.Button).ToBeVisibleAsync();
        await Expect(presets.UpdateButton).ToBeVisibleAsync();
        await Expect(presets.SaveAsButton).ToBeVisibleAsync();
        await Expect(paste.MoreActions).ToBeHiddenAsync();
    }

    [Theory]
    [MemberData(nameof(AppPages.All), MemberType = typeof(AppPages))]
    public async Task NothingScrollsSidewaysOnAPhone(string address)
    {
        var page = await OpenAtAsync(Phone, address);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{address} is {widths[0]} px wide in a {widths[1]} px viewport.");
    }

    [Theory]
    [MemberData(nameof(AppPages.All), MemberType = typeof(AppPages))]
    public async Task EveryPageReachesEveryOtherThroughTheMenuOnAPhone(string address)
    {
        var page = await OpenAtAsync(Phone, address);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var drawer = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        foreach (var (label, path) in new[] { ("Designer", "/"), ("Presets", "/presets"), ("Connect", "/connect"), ("API", "/api"), ("About", "/about") })
        {
            await menu.ClickAsync();
            await Expect(drawer.GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
            var link = drawer.GetByRole(AriaRole.Link, new() { Name = label, Exact = true });
            await Expect(link).ToBeInViewportAsync(new() { Ratio = 1 });
            await link.ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(App.BaseAddress.GetLeftPart(UriPartial.Authority) + path)}(\\?.*)?$"));
            await Expect(drawer).ToHaveCountAsync(0);
            await menu.ClickAsync();
            await Expect(drawer.GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
            await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = label, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            await page.Keyboard.PressAsync("Escape");
            await Expect(drawer).ToHaveCountAsync(0);
            await Expect(menu).ToBeFocusedAsync();
        }
    }

    [Fact]
    public async Task TheAppBarMarksTheCurrentPageAndListsTheApiOnALaptop()
    {
        var page = await OpenAtAsync(Laptop, "/connect");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Connect" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Designer" })).Not.ToHaveAttributeAsync("aria-current", "page");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "API" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AnUnknownAddressShowsTheNotFoundPageWithTheMenu()
    {
        var page = await OpenAtAsync(Laptop, "/no-such-page");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the designer" }).ClickAsync();
        await Expect(new DesignerPage(page, App.BaseAddress).Designer).ToHaveAttributeAsync("data-interactive", "true");
    }

    [Fact]
    public async Task AnUnknownPresetInTheLinkIsNamed()
    {
        var designer = await OpenDesignerAtAsync(Laptop, "preset=no-such-preset&source=/srv/app");

        await Expect(designer.Page.GetByTestId("unknown-preset")).ToContainTextAsync("No preset \"no-such-preset\" exists");
        await Expect(designer.Source).ToHaveValueAsync("/srv/app");
    }

    private async Task<(DesignerPage Designer, DesignerPresets Presets, PasteInvocationDialog Paste)> OpenWithAPresetLoadedAsync(ViewportSize size)
    {
        var saved = await Api.CreateAsync(PresetsApi.Body(Unique("Toolbar"), "pytest"));
        var designer = await OpenDesignerAtAsync(size, $"preset={saved.Id():N}");
        var presets = new DesignerPresets(designer);
        await Expect(presets.Toolbar).ToContainTextAsync(" v1");
        return (designer, presets, new PasteInvocationDialog(designer.Page));
    }

    private async Task<DesignerPage> OpenDesignerAtAsync(ViewportSize size, string? query = null)
    {
        var page = await NewPageAsync("ada");
        await page.SetViewportSizeAsync(size.Width, size.Height);
        var designer = new DesignerPage(page, App.BaseAddress);
        await designer.GotoAsync(query);
        return designer;
    }
}
