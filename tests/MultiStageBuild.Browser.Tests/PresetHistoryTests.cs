using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>A preset's history page: every version listed, and restoring one writes it as the next version.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetHistoryTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task RestoringVersionOneAfterTwoUpdatesMakesVersionFourWithItsContent()
    {
        var name = Unique("Evolving");
        var original = PresetsApi.Body(name, "pytest", description: "The first take.");
        var created = await Api.CreateAsync(original);
        var second = await Api.UpdateAsync(created.Id(), 1, PresetsApi.Body(name, "pytest -x", description: "Stop at the first failure."));
        await Api.UpdateAsync(created.Id(), second.Version(), PresetsApi.Body(name, "pytest -q", description: "Quieter."), author: "grace");
        var history = new PresetHistoryPage(await NewPageAsync("ada"), App.BaseAddress);
        await history.GotoAsync(created.Id(), "ada");
        await Expect(history.Summary).ToContainTextAsync("Now at version 3");
        await Expect(history.Revisions).ToHaveCountAsync(3);

        await history.SelectAsync(1);
        await Expect(history.Page.Locator(".comparison-fields tr[data-field='test_cmd']")).ToContainTextAsync("pytest -q");
        await history.RestoreButton.ClickAsync();

        await Expect(history.Page.Locator(".mud-snackbar").GetByText("Restored version 1 as version 4.")).ToBeVisibleAsync();
        await Expect(history.Summary).ToContainTextAsync("Now at version 4");
        await Expect(history.Revisions).ToHaveCountAsync(4);
        await Expect(history.Revision(4)).ToContainTextAsync("v4 restored by ada");
        var now = await Api.GetAsync(created.Id());
        Assert.Equal(4, now.Version());
        Assert.Equal("pytest", now.Arg("test_cmd"));
        Assert.Equal("The first take.", now.GetProperty("description").GetString());
        Assert.Equal("ada", now.GetProperty("updatedBy").GetString());
        var revisions = await Api.RevisionsAsync(created.Id());
        Assert.Equal([4, 3, 2, 1], revisions.Select(r => r.GetProperty("version").GetInt32()));
        Assert.Equal("restored", revisions[0].GetProperty("kind").GetString());
        Assert.Equal(revisions[3].GetProperty("preset").ToString(), revisions[0].GetProperty("preset").ToString());
    }
}
