using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The team's presets at <c>/presets</c>: search, the table and its row actions, the trash.</summary>
public sealed class PresetsListPage(IPage page, Uri baseAddress)
{
    public IPage Page { get; } = page;

    public ILocator Search => Page.Locator("#preset-search");

    public ILocator Table => Page.Locator(".presets-table");

    public ILocator TrashToggle => Page.GetByTestId("toggle-trash");

    /// <summary>The table row whose name is exactly <paramref name="name"/>.</summary>
    public ILocator Row(string name) => Table.Locator("tbody tr").Filter(new()
    {
        Has = Page.Locator(".preset-name").GetByText(name, new() { Exact = true }),
    });

    /// <summary>Opens <c>/presets</c> and waits until the circuit is live (<paramref name="author"/> shows in the app bar).</summary>
    public async Task GotoAsync(string author)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/presets").ToString());
        await Page.WaitForAuthorAsync(author);
        await Expect(Table).ToBeVisibleAsync();
    }
}
