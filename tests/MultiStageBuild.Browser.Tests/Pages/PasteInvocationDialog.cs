using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The designer's "Paste an invocation" dialog: the text, what it was read as or why not, and the button that fills the form.</summary>
public sealed class PasteInvocationDialog(IPage page)
{
    /// <summary>The toolbar's button; on a phone the toolbar has it in its "More actions" menu instead (<see cref="OpenAsync"/>).</summary>
    public ILocator Button => page.GetByTestId("paste-invocation");

    public ILocator MoreActions => page.GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true });

    /// <summary>Opens the dialog from the toolbar, through its menu where the screen is a phone's.</summary>
    public async Task OpenAsync()
    {
        if (await MoreActions.IsVisibleAsync())
        {
            await MoreActions.ClickAsync();
            await page.GetByRole(AriaRole.Menuitem, new() { Name = "Paste invocation", Exact = true }).ClickAsync();
        }
        else
        {
            await Button.ClickAsync();
        }
    }

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Paste an invocation" });

    public ILocator Text => page.Locator("#paste-invocation");

    /// <summary>The note saying which format was read; its <c>data-format</c> names it.</summary>
    public ILocator Read => Dialog.GetByTestId("paste-read");

    public ILocator Error => Dialog.GetByTestId("paste-error");

    public ILocator Fill => Dialog.GetByTestId("fill-from-invocation");
}
