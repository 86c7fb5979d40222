using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Every save is announced: open presets pages list it, and a designer with that preset loaded says so without touching its form.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetLiveSyncTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    /// <summary>How soon another open page must show a save ("within a second or two").</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Live = new() { Timeout = 2_000 };

    [Fact]
    public async Task APresetSavedInOnePageAppearsInTheOtherPagesListAtOnce()
    {
        var fromDesigner = Unique("Saved in designer");
        var fromApi = Unique("Saved over HTTP");
        var first = await OpenPresetsAsync("ada");
        var second = await OpenPresetsAsync("grace");
        await Expect(second.Row(fromDesigner)).ToHaveCountAsync(0);

        var designer = new DesignerPage(first.Page, App.BaseAddress);
        await designer.GotoAsync("preset=rust");
        await first.Page.WaitForAuthorAsync("ada");
        await designer.TypeSourceAsync("/srv/crate");
        await new DesignerPresets(designer).SaveAsNewAsync(fromDesigner);

        await Expect(second.Row(fromDesigner)).ToBeVisibleAsync(Live);
        await Expect(second.Row(fromDesigner)).ToContainTextAsync("cargo build --release");
        await Expect(second.Row(fromDesigner)).ToContainTextAsync("ada · v1");

        await Api.CreateAsync(PresetsApi.Body(fromApi, "pytest -k api"), author: "ci-bot");

        await Expect(second.Row(fromApi)).ToBeVisibleAsync(Live);
        await Expect(second.Row(fromApi)).ToContainTextAsync("ci-bot · v1");
    }

    [Fact]
    public async Task SomeoneElsesUpdateShowsANoticeAndLeavesTheFormAlone()
    {
        var name = Unique("Shared service");
        var created = await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
        var (mine, myPresets) = await OpenDesignerAsync("grace", created.Id());
        var (theirs, theirPresets) = await OpenDesignerAsync("ada", created.Id());
        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest");

        await theirs.Field("test_cmd").FillAsync("pytest -x --ff");
        await Expect(theirPresets.DirtyMarker).ToBeVisibleAsync();
        await theirPresets.UpdateButton.ClickAsync();
        await theirPresets.ExpectSavedAsync(name, version: 2, verb: "Updated");

        await Expect(myPresets.RemoteChange).ToBeVisibleAsync(Live);
        await Expect(myPresets.RemoteChange).ToContainTextAsync($"ada saved \"{name}\" (version 2). Your form is unchanged.");
        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v1");
        await Expect(myPresets.DirtyMarker).ToHaveCountAsync(0);

        await myPresets.LoadTheirsButton.ClickAsync();

        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest -x --ff");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v2 by ada");
        await Expect(myPresets.RemoteChange).ToHaveCountAsync(0);
        await Expect(theirPresets.RemoteChange).ToHaveCountAsync(0);
    }
}
