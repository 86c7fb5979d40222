using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The keyboard shortcuts, the command palette and the help dialog, on any page.</summary>
public static class Shortcuts
{
    /// <summary>The open dialog, whichever it is.</summary>
    public static ILocator OpenDialog(this IPage page) => page.GetByRole(AriaRole.Dialog);

    public static ILocator PaletteInput(this IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Preset or page" });

    public static ILocator PaletteOptions(this IPage page) => page.GetByRole(AriaRole.Listbox, new() { Name = "Presets and pages" }).GetByRole(AriaRole.Option);

    /// <summary>Waits until the page listens for shortcuts (it starts once the circuit is live).</summary>
    public static Task WaitForShortcutsAsync(this IPage page) => Expect(page.Locator("html[data-shortcuts='on']")).ToHaveCountAsync(1);

    /// <summary>Waits until focus is on a control or a focusable scrolling region (a diff) inside the open dialog, not on the dialog itself or a focus-trap edge.</summary>
    public static Task ExpectFocusInDialogAsync(this IPage page) =>
        Expect(page.OpenDialog().Locator(":is(button, input, textarea, select, a[href], [role=region][tabindex=\"0\"]):focus")).ToHaveCountAsync(1);

    /// <summary>Opens the palette with Ctrl+K and types <paramref name="query"/>, waiting for <paramref name="first"/> to lead the list.</summary>
    public static async Task PaletteAsync(this IPage page, string query, string first)
    {
        await page.Keyboard.PressAsync("Control+k");
        await Expect(page.PaletteInput()).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(query);
        await Expect(page.PaletteOptions().First).ToContainTextAsync(first);
        await Expect(page.PaletteOptions().First).ToHaveAttributeAsync("aria-selected", "true");
    }
}
