using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The presets list keeps its search, tag, sort, page and trash in the address: a reload, a shared link and Back/Forward restore them.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetsAddressTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    private readonly List<Guid> _created = [];

    [Fact]
    public async Task EveryListChoiceSurvivesAReloadAndBackReturnsToThePreviousOne()
    {
        var prefix = Unique("Paged");
        var tag = $"t{Guid.NewGuid():N}"[..10];
        for (var i = 1; i <= 12; i++)
        {
            var body = new PresetBuilder().Named($"{prefix} {i:00}").Tagged(tag, "browser").With("test_cmd", $"pytest -k case{i}").Build();
            _created.Add((await Api.CreateAsync(body)).Id());
        }

        // Two of the same prefix without the tag: the tag filter must leave them out.
        _created.Add((await Api.CreateAsync(PresetsApi.Body($"{prefix} untagged a", "pytest"))).Id());
        _created.Add((await Api.CreateAsync(PresetsApi.Body($"{prefix} untagged b", "pytest"))).Id());
        var list = await OpenPresetsAsync("ada");

        await list.Search.FillAsync(prefix);
        await Expect(list.PageNumbers).ToHaveTextAsync("1-14 of 14");
        await list.Row($"{prefix} 01").GetByRole(AriaRole.Button, new() { Name = tag, Exact = true }).ClickAsync();
        await Expect(list.PageNumbers).ToHaveTextAsync("1-12 of 12");
        await list.ChooseAsync(list.SortOrder, "Recently created");
        await Expect(list.Names.First).ToHaveTextAsync($"{prefix} 12");
        await list.ChooseAsync(list.Pager.GetByRole(AriaRole.Combobox), "10");
        await Expect(list.PageNumbers).ToHaveTextAsync("1-10 of 12");
        await list.Pager.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        string[] secondPage = [$"{prefix} 02", $"{prefix} 01"];
        await Expect(list.Names).ToHaveTextAsync(secondPage);

        var query = new Uri(list.Page.Url).Query;
        Assert.Contains($"search={Uri.EscapeDataString(prefix)}", query.Replace("+", "%20", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"tag={tag}", query, StringComparison.Ordinal);
        Assert.Contains("sort=created", query, StringComparison.Ordinal);
        Assert.Contains("pageSize=10", query, StringComparison.Ordinal);
        Assert.Contains("page=2", query, StringComparison.Ordinal);

        await list.Page.ReloadAsync();
        await ExpectSecondPageAsync();

        // A shared link opens the same list in another browser.
        var shared = new PresetsListPage(await NewPageAsync("grace"), App.BaseAddress);
        await shared.Page.GotoAsync(list.Page.Url);
        await Expect(shared.Names).ToHaveTextAsync(secondPage);

        await list.Page.GoBackAsync();
        await Expect(list.PageNumbers).ToHaveTextAsync("1-10 of 12");
        await Expect(list.Names.First).ToHaveTextAsync($"{prefix} 12");
        await list.Page.GoForwardAsync();
        await ExpectSecondPageAsync();

        await list.TrashToggle.ClickAsync();
        await Expect(list.Heading).ToHaveTextAsync("Trash");
        Assert.Contains("trash=true", new Uri(list.Page.Url).Query, StringComparison.Ordinal);
        await list.Page.ReloadAsync();
        await Expect(list.Heading).ToHaveTextAsync("Trash");
        await Expect(list.TrashToggle).ToHaveTextAsync("Back to presets");

        await list.Page.GoBackAsync();
        await Expect(list.Heading).ToHaveTextAsync("Team presets");
        await ExpectSecondPageAsync();

        async Task ExpectSecondPageAsync()
        {
            await Expect(list.Names).ToHaveTextAsync(secondPage);
            await Expect(list.PageNumbers).ToHaveTextAsync("11-12 of 12");
            await Expect(list.Search).ToHaveValueAsync(prefix);
            await Expect(list.TagFilter).ToHaveTextAsync(tag);
            await Expect(list.SortOrder).ToHaveTextAsync("Recently created");
        }
    }

    [Fact]
    public async Task AnAddressTheListCannotUseSaysWhatItShowsInstead()
    {
        var page = await OpenAtAsync(Viewports.Laptop, "/presets?sort=newest&page=0");
        var list = new PresetsListPage(page, App.BaseAddress);

        await Expect(page.GetByTestId("address-errors")).ToContainTextAsync("sort must be name or updated or created, not 'newest'.");
        await Expect(page.GetByTestId("address-errors")).ToContainTextAsync("page must be a whole number of 1 or more, not '0'.");
        await Expect(list.SortOrder).ToHaveTextAsync("Name");
    }

    /// <summary>Moves what the test saved to the trash: the tests share one database, and others look for their presets on the list's first page.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var id in _created)
        {
            await Api.DeleteAsync(id);
        }
    }
}
