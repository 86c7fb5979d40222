using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The designer's "Paste an invocation" dialog: the text, what it was read as or why not, and the button that fills the form.</summary>
public sealed class PasteInvocationDialog(IPage page)
{
    public ILocator Open => page.GetByTestId("paste-invocation");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Paste an invocation" });

    public ILocator Text => page.Locator("#paste-invocation");

    /// <summary>The note saying which format was read; its <c>data-format</c> names it.</summary>
    public ILocator Read => Dialog.GetByTestId("paste-read");

    public ILocator Error => Dialog.GetByTestId("paste-error");

    public ILocator Fill => Dialog.GetByTestId("fill-from-invocation");
}
