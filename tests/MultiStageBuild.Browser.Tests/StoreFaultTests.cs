using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Browser.Tests.Pages;
using MultiStageBuild.Core.Presets;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The preset database deleted under an open designer and history page: their writes are refused with the reason, and the pages keep working.</summary>
public sealed class StoreFaultTests(StoreFaultAppFixture app) : BrowserTest(app), IClassFixture<StoreFaultAppFixture>
{
    private const string Author = "ada";
    private const string MovedProblem = "deleted or replaced";
    private const string AuthorScript = $"localStorage.setItem('author', '{Author}');";

    private StoreFaultAppFixture App { get; } = app;

    [Fact]
    public async Task WritesFromTheDesignerAndHistoryAfterTheFileIsDeletedAreRefusedWithTheReasonAndThePagesKeepWorking()
    {
        var repository = App.Services.GetRequiredService<IPresetRepository>();
        var created = await repository.CreateAsync(PresetBuilder.APreset("Loaded before the fault"), Author, TestContext.Current.CancellationToken);
        var second = await repository.UpdateAsync(created.Preset!.Id, PresetBuilder.APreset("Loaded before the fault").Described("Second."), 1, Author, TestContext.Current.CancellationToken);
        var history = new PresetHistoryPage(await NewPageAsync(initScript: AuthorScript, label: "history"), App.BaseAddress);
        await history.GotoAsync(created.Preset.Id, Author);
        await history.SelectAsync(1);
        var page = await NewPageAsync(initScript: AuthorScript, label: Author);
        var designer = new DesignerPage(page, App.BaseAddress);
        var presets = new DesignerPresets(designer);
        await designer.GotoAsync($"preset={created.Preset!.Id:N}");
        await page.WaitForAuthorAsync(Author);
        await Expect(presets.Toolbar).ToContainTextAsync($"Loaded before the fault v{second.Preset!.Version}");
        await designer.Field("test_cmd").FillAsync("pytest -x");
        await Expect(presets.DirtyMarker).ToBeVisibleAsync();

        File.Delete(App.DatabasePath);
        await presets.UpdateButton.ClickAsync();

        await Expect(designer.Snackbar($"Nothing was saved: The database file was {MovedProblem}").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("store-banner")).ToContainTextAsync(MovedProblem);
        await Expect(presets.DirtyMarker).ToBeVisibleAsync();
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -x");

        await presets.SaveAsButton.ClickAsync();
        await presets.Editor.Name.FillAsync("Saved after the fault");
        await presets.Editor.SaveButton.ClickAsync();

        var failure = page.GetByTestId("save-failure");
        await Expect(failure).ToContainTextAsync(MovedProblem);
        await Expect(failure).Not.ToContainTextAsync(App.DatabasePath);
        await Expect(presets.Editor.Name).ToHaveValueAsync("Saved after the fault");
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        await history.RestoreButton.ClickAsync();

        await Expect(history.Page.Locator(".mud-snackbar").GetByText($"Nothing was saved: The database file was {MovedProblem}")).ToBeVisibleAsync();
        await Expect(history.Summary).ToContainTextAsync($"Now at version {second.Preset.Version}");
        await Expect(history.Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
