using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The "Check against server" dialog: the configured servers, the run button and the outcome.</summary>
public sealed class ServerCheckDialog(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Check against server" });

    public ILocator Server(string name) => Dialog.GetByRole(AriaRole.Radio, new() { Name = name });

    public ILocator Servers => Dialog.GetByRole(AriaRole.Radio);

    public ILocator Run => Dialog.GetByTestId("run-check");

    /// <summary>The outcome's alert; its <c>data-status</c> is the check's status (<c>Identical</c>, <c>Unreachable</c>, ...).</summary>
    public ILocator Outcome => Dialog.GetByTestId("check-outcome");

    public ILocator ServerPrompts => Dialog.GetByTestId("server-prompts");

    public ILocator Diff => Dialog.Locator(".prompt-diff");
}
