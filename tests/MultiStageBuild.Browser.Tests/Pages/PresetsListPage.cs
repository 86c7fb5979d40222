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

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator TagFilter => Page.GetByRole(AriaRole.Combobox, new() { Name = "Tag", Exact = true });

    public ILocator SortOrder => Page.GetByRole(AriaRole.Combobox, new() { Name = "Sort", Exact = true });

    public ILocator Pager => Page.Locator(".mud-table-pagination");

    /// <summary>The pager's "1-10 of 12".</summary>
    public ILocator PageNumbers => Pager.Locator(".mud-table-page-number-information");

    /// <summary>The names of the listed rows, in their order.</summary>
    public ILocator Names => Table.Locator("tbody tr .preset-name");

    /// <summary>Opens one of the page's selects and picks <paramref name="option"/>.</summary>
    public async Task ChooseAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>The table row whose name is exactly <paramref name="name"/>.</summary>
    public ILocator Row(string name) => Table.Locator("tbody tr").Filter(new()
    {
        Has = Page.Locator(".preset-name").GetByText(name, new() { Exact = true }),
    });

    /// <summary>A note at the bottom of the page holding <paramref name="message"/>.</summary>
    public ILocator Snackbar(string message) => Page.Locator(".mud-snackbar").Filter(new() { HasText = message });

    /// <summary>
    /// Searches for <paramref name="name"/> and waits until the search has been applied: its row is the only one listed.
    /// A row seen before that is replaced when the results arrive, and a click on it would be lost.
    /// </summary>
    public async Task FindAsync(string name)
    {
        await Search.FillAsync(name);
        await Expect(Row(name)).ToBeVisibleAsync();
        await Expect(Table.Locator("tbody tr")).ToHaveCountAsync(1);
    }

    /// <summary>Moves the listed preset <paramref name="name"/> to the trash, confirming in the dialog.</summary>
    public async Task MoveToTrashAsync(string name)
    {
        await Row(name).GetByRole(AriaRole.Button, new() { Name = $"Delete {name}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Move to trash" }).ClickAsync();
    }

    /// <summary>Opens <c>/presets</c> and waits until the circuit is live (<paramref name="author"/> shows in the app bar and the page listens for shortcuts).</summary>
    public async Task GotoAsync(string author)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/presets").ToString());
        await Page.WaitForAuthorAsync(author);
        await Page.WaitForShortcutsAsync();
        await Expect(Table).ToBeVisibleAsync();
    }
}
