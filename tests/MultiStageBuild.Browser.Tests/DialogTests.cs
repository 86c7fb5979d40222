using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Every dialog takes focus on open (its first field where it has one) and closes on Escape; Enter submits.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class DialogTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    public static TheoryData<string> Dialogs { get; } =
        ["author", "save as preset", "conflict", "new preset", "edit preset", "import", "move to trash", "server check", "paste invocation", "help", "palette"];

    [Theory]
    [MemberData(nameof(Dialogs))]
    public async Task EscapeClosesTheDialogWhichHadFocus(string dialog)
    {
        var (page, firstField) = await OpenAsync(dialog);
        await Expect(page.OpenDialog()).ToBeVisibleAsync();
        if (firstField is not null)
        {
            await Expect(firstField).ToBeFocusedAsync();
        }

        await page.ExpectFocusInDialogAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(page.OpenDialog()).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EnterInTheAuthorDialogSavesTheName()
    {
        var (page, field) = await OpenAsync("author");

        await field!.FillAsync("grace hopper");
        await field.PressAsync("Enter");

        await Expect(page.OpenDialog()).ToHaveCountAsync(0);
        await Expect(page.AuthorButton()).ToContainTextAsync("grace hopper");
    }

    [Fact]
    public async Task EnterInTheNewPresetDialogSavesIt()
    {
        var name = Unique("Entered");
        var (page, field) = await OpenAsync("new preset");

        await field!.FillAsync(name);
        await page.Locator("#preset-tags").FillAsync("keyboard");
        await page.Locator("#preset-tags").PressAsync("Enter");

        await Expect(page.OpenDialog()).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = $"Saved \"{name}\"" })).ToBeVisibleAsync();
    }

    /// <summary>Opens <paramref name="dialog"/> as a user would; returns the page and the field that should hold focus, if any.</summary>
    private async Task<(IPage Page, ILocator? FirstField)> OpenAsync(string dialog)
    {
        switch (dialog)
        {
            case "author":
            {
                var (designer, presets) = await OpenDesignerAsync("ada");
                await designer.Page.AuthorButton().ClickAsync();
                return (designer.Page, presets.AuthorPrompt.Name);
            }
            case "save as preset":
            {
                var (designer, presets) = await OpenDesignerAsync("ada");
                await presets.SaveAsButton.ClickAsync();
                return (designer.Page, presets.Editor.Name);
            }
            case "conflict":
            {
                var created = await Api.CreateAsync(PresetsApi.Body(Unique("Contested"), "pytest"));
                var (designer, presets) = await OpenDesignerAsync("ada", created.Id());
                await Api.UpdateAsync(created.Id(), created.Version(), PresetsApi.Body(created.Name(), "pytest -n 2"), author: "grace");
                await Expect(presets.RemoteChange).ToBeVisibleAsync();
                await designer.Field("build_cmd").FillAsync("make dist");
                await presets.UpdateButton.ClickAsync();
                await Expect(presets.Conflict.Dialog).ToBeVisibleAsync();
                return (designer.Page, null);
            }
            case "new preset":
            {
                var list = await OpenPresetsAsync("ada");
                await list.Page.GetByRole(AriaRole.Button, new() { Name = "New preset" }).ClickAsync();
                return (list.Page, new PresetEditor(list.Page).Name);
            }
            case "edit preset":
            {
                var name = Unique("Edited");
                await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
                var list = await OpenPresetsAsync("ada");
                await list.FindAsync(name);
                await list.Row(name).GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
                return (list.Page, new PresetEditor(list.Page).Name);
            }
            case "server check":
            {
                var (designer, _) = await OpenDesignerAsync("ada");
                await designer.CheckAgainstServerButton.ClickAsync();
                return (designer.Page, new ServerCheckDialog(designer.Page).Servers.First);
            }
            case "paste invocation":
            {
                var (designer, _) = await OpenDesignerAsync("ada");
                var paste = new PasteInvocationDialog(designer.Page);
                await paste.OpenAsync();
                return (designer.Page, paste.Text);
            }
            case "import":
            {
                var list = await OpenPresetsAsync("ada");
                await list.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                return (list.Page, list.Page.Locator("#import-file"));
            }
            case "move to trash":
            {
                var name = Unique("Escape keeps me");
                await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
                var list = await OpenPresetsAsync("ada");
                await list.FindAsync(name);
                await list.Row(name).GetByRole(AriaRole.Button, new() { Name = $"Delete {name}" }).ClickAsync();
                return (list.Page, null);
            }
            case "help":
            {
                var (designer, _) = await OpenDesignerAsync("ada");
                await designer.Page.WaitForShortcutsAsync();
                await designer.Page.Locator("#designer-title").FocusAsync();
                await designer.Page.Keyboard.PressAsync("?");
                return (designer.Page, null);
            }
            case "palette":
            {
                var (designer, _) = await OpenDesignerAsync("ada");
                await designer.Page.WaitForShortcutsAsync();
                await designer.Page.Keyboard.PressAsync("Control+k");
                return (designer.Page, designer.Page.PaletteInput());
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(dialog), dialog, "No such dialog.");
        }
    }
}
