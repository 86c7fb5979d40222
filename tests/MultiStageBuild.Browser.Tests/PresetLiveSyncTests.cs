using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// Every save is announced: open presets pages list it, and a designer with that preset loaded says so without touching
/// its form. The watching pages are never reloaded or touched, so only the announcement can bring the change; how soon it
/// arrives is not asserted here (waits end on the change, with Playwright's expect timeout as the hang guard).
/// </summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetLiveSyncTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
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

        await Expect(second.Row(fromDesigner)).ToBeVisibleAsync();
        await Expect(second.Row(fromDesigner)).ToContainTextAsync("cargo build --release");
        await Expect(second.Row(fromDesigner)).ToContainTextAsync("ada · v1");

        await Api.CreateAsync(PresetsApi.Body(fromApi, "pytest -k api"), author: "ci-bot");

        await Expect(second.Row(fromApi)).ToBeVisibleAsync();
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

        await Expect(myPresets.RemoteChange).ToBeVisibleAsync();
        await Expect(myPresets.RemoteChange).ToContainTextAsync(
            $"ada updated \"{name}\" to version 2 (test_cmd changed). The form shows your earlier version and has no edits.");
        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v1");
        await Expect(myPresets.DirtyMarker).ToHaveCountAsync(0);

        await myPresets.LoadTheirsButton.ClickAsync();

        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest -x --ff");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v2 by ada");
        await Expect(myPresets.RemoteChange).ToHaveCountAsync(0);
        await Expect(theirPresets.RemoteChange).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SomeoneElsesUpdateOverMyEditsSaysTheyAreKeptAndLoadingItCanBeUndone()
    {
        var name = Unique("Shared and edited");
        var created = await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
        var (mine, myPresets) = await OpenDesignerAsync("grace", created.Id());
        await mine.Field("build_cmd").FillAsync("make dist");
        await Expect(myPresets.DirtyMarker).ToBeVisibleAsync();

        await Api.UpdateAsync(created.Id(), created.Version(), PresetsApi.Body(name, "pytest -n 4"), author: "ada");

        await Expect(myPresets.RemoteChange).ToContainTextAsync(
            $"ada updated \"{name}\" to version 2 (test_cmd changed). Your unsaved edits are kept; loading version 2 replaces them, with Undo.");
        await Expect(mine.Field("build_cmd")).ToHaveValueAsync("make dist");
        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest");

        await myPresets.LoadTheirsButton.ClickAsync();

        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest -n 4");
        await Expect(mine.Field("build_cmd")).ToHaveValueAsync("python -m build");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v2 by ada");

        await myPresets.UndoButton.ClickAsync();

        await Expect(mine.Field("build_cmd")).ToHaveValueAsync("make dist");
        await Expect(mine.Field("test_cmd")).ToHaveValueAsync("pytest");
        await Expect(myPresets.Toolbar).ToContainTextAsync($"{name} v1");
        await Expect(myPresets.DirtyMarker).ToBeVisibleAsync();
        await Expect(myPresets.UndoNotice).ToHaveCountAsync(0);
    }
}
