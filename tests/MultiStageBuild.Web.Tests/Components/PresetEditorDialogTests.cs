using Bunit;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class PresetEditorDialogTests : BunitContext
{
    private static readonly ArgumentSet Arguments = ArgumentSet.Empty
        .With(MultiStageBuildPrompt.Source, "/srv/shop")
        .With(MultiStageBuildPrompt.InstallCommand, "pip install poetry && poetry install")
        .With(MultiStageBuildPrompt.BuildCommand, "poetry build")
        .With(MultiStageBuildPrompt.TestCommand, "poetry run pytest --cov");

    private readonly List<PresetDraft> _saved = [];
    private Func<PresetDraft, SaveResult> _outcome = draft => SaveResult.Saved(Stored(draft));

    public PresetEditorDialogTests() => this.AddTestServices();

    [Fact]
    public async Task AnEmptyNameShowsAnInlineErrorAndDoesNotSave()
    {
        var dialog = await ShowAsync(new PresetDraft("", "", [], Arguments));

        dialog.Click("save-preset");

        dialog.Provider.WaitForAssertion(() => Assert.Contains("A preset needs a name.", dialog.Field("preset-name").TextContent));
        Assert.Contains("mud-input-error", dialog.Field("preset-name").ClassList);
        Assert.Empty(_saved);
        Assert.True(dialog.IsOpen);
        Assert.False(dialog.Reference.Result.IsCompleted);
    }

    [Fact]
    public async Task AnOverLongNameShowsAnInlineErrorAndDoesNotSave()
    {
        var dialog = await ShowAsync(new PresetDraft("", "", [], Arguments));

        dialog.Provider.Find("#preset-name").Input(new string('n', PresetRules.MaxNameLength + 1));
        dialog.Click("save-preset");

        dialog.Provider.WaitForAssertion(() =>
            Assert.Contains($"The name is {PresetRules.MaxNameLength + 1} characters long; the limit is {PresetRules.MaxNameLength}.", dialog.Field("preset-name").TextContent));
        Assert.Empty(_saved);
        Assert.True(dialog.IsOpen);
    }

    [Fact]
    public async Task FixingTheNameClearsTheErrorAsYouType()
    {
        var dialog = await ShowAsync(new PresetDraft("", "", [], Arguments));
        dialog.Click("save-preset");
        dialog.Provider.WaitForAssertion(() => Assert.Contains("A preset needs a name.", dialog.Field("preset-name").TextContent));

        dialog.Provider.Find("#preset-name").Input("Shop");
        dialog.Provider.Find("#preset-name").KeyUp("p");

        dialog.Provider.WaitForAssertion(() => Assert.DoesNotContain("A preset needs a name.", dialog.Field("preset-name").TextContent));
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task AValidDraftIsSavedOnceNormalizedAndClosesTheDialogWithTheOutcome()
    {
        var dialog = await ShowAsync(new PresetDraft("", "", [], Arguments));

        dialog.Provider.Find("#preset-name").Input("  Shop (Poetry)  ");
        dialog.Provider.Find("#preset-description").Input("The shop's build.");
        dialog.Provider.Find("#preset-tags").Input("python, poetry, Python");
        dialog.Click("save-preset");

        var result = await dialog.ResultAsync();
        var saved = Assert.Single(_saved);
        Assert.Equal(new PresetDraft("Shop (Poetry)", "The shop's build.", ["python", "poetry"], Arguments), saved);
        var editor = Assert.IsType<PresetEditorResult>(result.Data);
        Assert.Equal(SaveStatus.Saved, editor.Outcome.Status);
        Assert.Equal(saved, editor.Draft);
        dialog.Provider.WaitForAssertion(() => Assert.False(dialog.IsOpen));
    }

    [Fact]
    public async Task AnInvalidOutcomeKeepsTheDialogOpenWithTheStoresFieldErrors()
    {
        _outcome = draft => SaveResult.Invalid(new Dictionary<string, string[]> { ["name"] = [$"A preset named '{draft.Name}' already exists."] });
        var dialog = await ShowAsync(new PresetDraft("Poetry team", "", [], Arguments));

        dialog.Click("save-preset");

        dialog.Provider.WaitForAssertion(() => Assert.Contains("A preset named 'Poetry team' already exists.", dialog.Field("preset-name").TextContent));
        Assert.Single(_saved);
        Assert.True(dialog.IsOpen);
        Assert.False(dialog.Reference.Result.IsCompleted);
        Assert.Equal("Poetry team", dialog.Provider.Find("#preset-name").GetAttribute("value"));
    }

    [Fact]
    public async Task AConflictOutcomeClosesTheDialogForTheCallerToResolve()
    {
        _outcome = draft => SaveResult.Conflict(Stored(draft with { Description = "Theirs." }, version: 3));
        var dialog = await ShowAsync(new PresetDraft("Shop", "", [], Arguments));

        dialog.Click("save-preset");

        var editor = Assert.IsType<PresetEditorResult>((await dialog.ResultAsync()).Data);
        Assert.Equal(SaveStatus.Conflict, editor.Outcome.Status);
        Assert.Equal(3, editor.Outcome.Current!.Version);
    }

    [Fact]
    public async Task AnArgumentErrorShowsUnderTheSummaryAndDoesNotSave()
    {
        var dialog = await ShowAsync(new PresetDraft("Relative", "", [], Arguments.With(MultiStageBuildPrompt.Source, "src/app")));

        dialog.Click("save-preset");

        dialog.Provider.WaitForAssertion(() => Assert.Contains("'src/app' is relative", dialog.Provider.Find(".mud-dialog .mud-alert-text-error").TextContent));
        Assert.Empty(_saved);
    }

    private Task<DialogHost> ShowAsync(PresetDraft draft) => DialogHost.ShowAsync(this, new DialogParameters<PresetEditorDialog>
    {
        { d => d.Draft, draft },
        { d => d.SaveAsync, d =>
            {
                _saved.Add(d);
                return Task.FromResult(_outcome(d));
            }
        },
    });

    private static StoredPreset Stored(PresetDraft draft, int version = 1)
    {
        var at = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        return new StoredPreset(Guid.CreateVersion7(at), draft, version, at, "ada", at, "ada", null);
    }
}
