using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Two people update the same preset: the second is shown the first's change and loses nothing.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetConflictTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task AStaleUpdateSavedAsNewKeepsBothVersions()
    {
        var name = Unique("Contested");
        var created = await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
        var (a, aPresets) = await OpenDesignerAsync("ada", created.Id());
        var (b, bPresets) = await OpenDesignerAsync("grace", created.Id());

        await a.Field("test_cmd").FillAsync("pytest -x");
        await aPresets.UpdateButton.ClickAsync();
        await aPresets.ExpectSavedAsync(name, version: 2, verb: "Updated");

        await b.Field("test_cmd").FillAsync("pytest -q");
        await bPresets.UpdateButton.ClickAsync();

        var conflict = bPresets.Conflict;
        await Expect(conflict.Dialog).ToBeVisibleAsync();
        await Expect(conflict.Dialog).ToContainTextAsync($"ada saved \"{name}\" (version 2) while you were editing.");
        await Expect(conflict.Row("test_cmd")).ToContainTextAsync("pytest -x");
        await Expect(conflict.Row("test_cmd")).ToContainTextAsync("pytest -q");
        await Expect(conflict.Row("build_cmd")).ToHaveCountAsync(0);
        await conflict.SaveAsNew.ClickAsync();

        await Expect(bPresets.Editor.Name).ToHaveValueAsync($"{name} (mine)");
        await bPresets.Editor.SaveAsync();
        await bPresets.ExpectSavedAsync($"{name} (mine)", version: 1);
        await Expect(b.Field("test_cmd")).ToHaveValueAsync("pytest -q");

        var stored = (await Api.SearchAsync(name)).ToDictionary(p => p.Name());
        Assert.Equal([name, $"{name} (mine)"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(created.Id(), stored[name].Id());
        Assert.Equal(2, stored[name].Version());
        Assert.Equal("pytest -x", stored[name].Arg("test_cmd"));
        Assert.Equal("ada", stored[name].GetProperty("updatedBy").GetString());
        Assert.Equal(1, stored[$"{name} (mine)"].Version());
        Assert.Equal("pytest -q", stored[$"{name} (mine)"].Arg("test_cmd"));
        Assert.Equal("grace", stored[$"{name} (mine)"].GetProperty("createdBy").GetString());
    }
}
