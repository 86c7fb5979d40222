using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>What every page has: the app bar with the author's name.</summary>
public static class AppShell
{
    public static ILocator AuthorButton(this IPage page) => page.GetByTestId("author-button");

    /// <summary>
    /// Waits until the layout read the author's name from localStorage: it only does so once the circuit is live,
    /// so this also means the page's own subscriptions are in place.
    /// </summary>
    public static Task WaitForAuthorAsync(this IPage page, string author) => Expect(page.AuthorButton()).ToContainTextAsync(author);
}
