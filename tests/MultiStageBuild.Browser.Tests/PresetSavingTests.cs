using System.Diagnostics;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Saving from the designer, and what survives the app stopping and starting again on the same database file.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetSavingTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task SavedPresetIsInThePickerAndOnThePresetsPageAfterARestart()
    {
        var name = Unique("Shop on Poetry");
        var (designer, presets) = await OpenDesignerAsync("ada");
        await designer.PickPresetAsync("Poetry");
        await designer.TypeSourceAsync("/srv/shop");
        await presets.SaveAsNewAsync(name);
        var starts = App.Starts;

        var stopwatch = Stopwatch.StartNew();
        await App.RestartAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"Restarted on {App.BaseAddress} in {stopwatch.ElapsedMilliseconds} ms.");

        Assert.Equal(starts + 1, App.Starts);
        var (after, afterPresets) = await OpenDesignerAsync("ada");
        await after.TypeSourceAsync("/srv/shop");
        await after.PickSavedAsync(name);
        await Expect(after.Field("install_cmd")).ToHaveValueAsync("pip install poetry && poetry install");
        await Expect(after.Field("build_cmd")).ToHaveValueAsync("poetry build");
        await Expect(after.Field("test_cmd")).ToHaveValueAsync("poetry run pytest --cov");
        await Expect(afterPresets.Toolbar).ToContainTextAsync($"{name} v1 by ada");
        await Expect(afterPresets.DirtyMarker).ToHaveCountAsync(0);
        await Expect(afterPresets.UpdateButton).ToBeDisabledAsync();

        var list = await OpenPresetsAsync("ada");
        await Expect(list.Row(name)).ToBeVisibleAsync();
        await Expect(list.Row(name)).ToContainTextAsync("poetry run pytest --cov");
        await Expect(list.Row(name)).ToContainTextAsync("ada · v1");
    }

    [Fact]
    public async Task PickingASavedPresetIntoAFreshFormLoadsItUnchanged()
    {
        var name = Unique("Picked fresh");
        var saved = await Api.CreateAsync(PresetsApi.Body(name, "pytest -q"));
        var (designer, presets) = await OpenDesignerAsync("ada");

        await designer.PickSavedAsync(name);

        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -q");
        await Expect(presets.Toolbar).ToContainTextAsync($"{name} v1");
        await Expect(presets.DirtyMarker).ToHaveCountAsync(0);
        await Expect(presets.UpdateButton).ToBeDisabledAsync();
        await Expect(designer.Source).ToHaveValueAsync(saved.Arg("source"));
    }

    [Fact]
    public async Task TheFirstSaveAsksForTheAuthorsNameInTheSameDialogAndRecordsIt()
    {
        var name = Unique("Named later");
        var designer = new DesignerPage(await NewPageAsync(author: null), App.BaseAddress);
        var presets = new DesignerPresets(designer);
        await designer.GotoAsync("preset=rust");
        await Expect(designer.Page.AuthorButton()).ToContainTextAsync("Set your name");
        await designer.TypeSourceAsync("/srv/crate");

        await presets.SaveAsButton.ClickAsync();
        await Expect(presets.Editor.Author).ToBeFocusedAsync();
        await presets.Editor.Author.FillAsync("lin");
        await presets.Editor.SaveAsync(name);
        await Expect(presets.AuthorPrompt.SaveButton).ToHaveCountAsync(0);

        await presets.ExpectSavedAsync(name, version: 1);
        await Expect(designer.Page.AuthorButton()).ToContainTextAsync("lin");
        var saved = Assert.Single(await Api.SearchAsync(name));
        Assert.Equal("lin", saved.GetProperty("createdBy").GetString());
        Assert.Equal("cargo build --release", saved.Arg("build_cmd"));
        Assert.Equal("lin", await designer.Page.EvaluateAsync<string>("() => localStorage.getItem('author')"));
    }
}
