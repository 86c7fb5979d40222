using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Every shortcut the help lists, pressed as a user would, on the real app.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class KeyboardTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task CtrlShiftCCopiesTheInvocationEvenFromATextField()
    {
        var page = await NewPageAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var designer = new DesignerPage(page, App.BaseAddress);
        await designer.GotoAsync("preset=rust&source=/srv/crate");
        await page.WaitForShortcutsAsync();
        await designer.Source.FocusAsync();

        await page.Keyboard.PressAsync("Control+Shift+C");

        await Expect(designer.CopiedButton).ToBeVisibleAsync();
        Assert.Equal(await designer.InvocationTextAsync(), await designer.ReadClipboardAsync());
        await Expect(designer.Source).ToHaveValueAsync("/srv/crate");
    }

    [Fact]
    public async Task CtrlSSavesAsNewThenUpdatesTheLoadedPreset()
    {
        var name = Unique("Saved by keyboard");
        var (designer, presets) = await OpenDesignerAsync("ada");
        await designer.Page.WaitForShortcutsAsync();
        await designer.TypeSourceAsync("/srv/keys");

        await designer.Page.Keyboard.PressAsync("Control+s");
        await Expect(presets.Editor.Name).ToBeFocusedAsync();
        await presets.Editor.Name.FillAsync(name);
        await presets.Editor.Name.PressAsync("Enter");

        await presets.ExpectSavedAsync(name, version: 1);
        await designer.Field("test_cmd").FillAsync("pytest -x");
        await Expect(presets.DirtyMarker).ToBeVisibleAsync();

        await designer.Page.Keyboard.PressAsync("Control+s");

        await presets.ExpectSavedAsync(name, version: 2, verb: "Updated");
        Assert.Equal("pytest -x", (await Api.SearchAsync(name)).Single(p => p.Name() == name).Arg("test_cmd"));
    }

    [Fact]
    public async Task ThePaletteOpensAPresetInTheDesignerWithoutLosingTheSource()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        await designer.Page.WaitForShortcutsAsync();
        await designer.TypeSourceAsync("/srv/kept");

        await designer.Page.PaletteAsync("rst", "Rust");
        await designer.Page.Keyboard.PressAsync("Enter");

        await Expect(designer.Page.OpenDialog()).ToHaveCountAsync(0);
        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("cargo build --release");
        await Expect(designer.PresetPicker).ToHaveValueAsync("Rust");
        await Expect(designer.Source).ToHaveValueAsync("/srv/kept");
    }

    [Fact]
    public async Task ThePaletteOpensASavedPresetFromAnotherPage()
    {
        var name = Unique("Palette target");
        var saved = await Api.CreateAsync(PresetsApi.Body(name, "pytest --palette"));
        var list = await OpenPresetsAsync("ada");
        await list.Page.WaitForShortcutsAsync();

        await list.Page.PaletteAsync(name, name);
        await list.Page.Keyboard.PressAsync("Enter");

        await Expect(list.Page).ToHaveURLAsync(new Regex($"preset={saved.Id():N}"));
        var designer = new DesignerPage(list.Page, App.BaseAddress);
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest --palette");
    }

    [Fact]
    public async Task ThePaletteMovesWithArrowKeysAndJumpsToAPage()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        var page = designer.Page;
        await page.WaitForShortcutsAsync();
        await page.PaletteAsync("", "Designer");

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.PaletteOptions().Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.PaletteInput()).ToHaveAttributeAsync("aria-activedescendant", "palette-option-1");
        await page.Keyboard.TypeAsync("abt");
        await Expect(page.PaletteOptions().First).ToContainTextAsync("About");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/about$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "About MultiStageBuild" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AltShiftDTogglesTheThemeEvenWhileTyping()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        var page = designer.Page;
        await page.WaitForShortcutsAsync();
        var toggle = page.GetByTestId("theme-toggle");
        var before = await toggle.GetAttributeAsync("aria-pressed");
        var after = before == "true" ? "false" : "true";
        await designer.Source.FocusAsync();

        await page.Keyboard.PressAsync("Alt+Shift+D");

        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", after);
        await Expect(designer.Source).ToHaveValueAsync("/home/user/project");
        Assert.Equal(after == "true" ? "dark" : "light", await page.EvaluateAsync<string>("() => localStorage.getItem('theme')"));
    }

    [Fact]
    public async Task QuestionMarkOpensTheHelpButIsTypedInATextField()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        var page = designer.Page;
        await page.WaitForShortcutsAsync();
        await designer.Field("test_cmd").FillAsync("pytest -k x");
        await designer.Field("test_cmd").PressAsync("?");
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -k x?");
        await Expect(page.OpenDialog()).ToHaveCountAsync(0);

        await page.Locator("#designer-title").FocusAsync();
        await page.Keyboard.PressAsync("?");

        var help = page.OpenDialog().Filter(new() { HasText = "Keyboard shortcuts" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help.Locator("[data-shortcut]")).ToHaveCountAsync(5);
        await Expect(help.Locator("[data-shortcut='Palette']")).ToContainTextAsync("Ctrl/⌘ + K");
        await page.ExpectFocusInDialogAsync();
    }

    [Fact]
    public async Task TheAboutPageListsTheSameShortcuts()
    {
        var page = await NewPageAsync("ada");
        await page.GotoAsync(new Uri(App.BaseAddress, "/about").ToString());

        var list = page.GetByTestId("shortcut-list");
        await Expect(list.Locator("[data-shortcut]")).ToHaveCountAsync(5);
        await Expect(list.Locator("[data-shortcut='Copy']")).ToContainTextAsync("Ctrl/⌘ + Shift + C");
        await Expect(list.Locator("[data-shortcut='Save']")).ToContainTextAsync("Ctrl/⌘ + S");
        await Expect(list.Locator("[data-shortcut='Theme']")).ToContainTextAsync("Alt + Shift + D");
        await Expect(list.Locator("[data-shortcut='Help']")).ToContainTextAsync("?");
    }
}
