using Bunit;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class ConflictDialogTests : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly PresetDraft Base = new("Shop", "The shop's build.", ["python"], ArgumentSet.Empty
        .With(MultiStageBuildPrompt.Source, "/srv/shop")
        .With(MultiStageBuildPrompt.InstallCommand, "poetry install")
        .With(MultiStageBuildPrompt.BuildCommand, "poetry build")
        .With(MultiStageBuildPrompt.TestCommand, "pytest -x"));

    private static readonly StoredPreset Theirs = new(Guid.CreateVersion7(At), Base, 3, At, "ada", At, "grace", null);

    private static readonly PresetDraft Yours = Base with { Arguments = Base.Arguments.With(MultiStageBuildPrompt.TestCommand, "pytest -q") };

    public ConflictDialogTests() => this.AddTestServices();

    [Fact]
    public async Task ShowsWhoSavedAndOnlyTheFieldsThatDiffer()
    {
        var dialog = await ShowAsync(Theirs);

        var markup = dialog.Provider.Find(".mud-dialog");
        Assert.Contains("grace saved \"Shop\" (version 3) while you were editing.", markup.TextContent);
        var row = Assert.Single(dialog.Provider.FindAll(".comparison-fields tbody tr"));
        Assert.Equal("test_cmd", row.GetAttribute("data-field"));
        Assert.Equal(["test_cmd", "pytest -x", "pytest -q"], row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal(["Field", "Theirs (v3)", "Yours"], dialog.Provider.FindAll(".comparison-fields th").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task ShowsTheRenderedPromptDiffBetweenTheirsAndYours()
    {
        var dialog = await ShowAsync(Theirs);

        var removed = dialog.Provider.FindAll(".prompt-diff .diff-removed").Select(s => s.TextContent).ToList();
        var added = dialog.Provider.FindAll(".prompt-diff .diff-added").Select(s => s.TextContent).ToList();
        Assert.Contains(removed, line => line.StartsWith("- ", StringComparison.Ordinal) && line.Contains("pytest -x", StringComparison.Ordinal));
        Assert.Contains(added, line => line.StartsWith("+ ", StringComparison.Ordinal) && line.Contains("pytest -q", StringComparison.Ordinal));
        Assert.DoesNotContain(removed.Concat(added), line => line.Contains("poetry build", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("take-theirs", ConflictChoice.TakeTheirs)]
    [InlineData("overwrite", ConflictChoice.Overwrite)]
    [InlineData("save-as-new", ConflictChoice.SaveMineAsNew)]
    public async Task EachButtonClosesWithItsChoice(string testId, ConflictChoice expected)
    {
        var dialog = await ShowAsync(Theirs);

        dialog.Click(testId);

        var result = await dialog.ResultAsync();
        Assert.False(result.Canceled);
        Assert.Equal(expected, Assert.IsType<ConflictChoice>(result.Data));
    }

    [Fact]
    public async Task KeepEditingCancels()
    {
        var dialog = await ShowAsync(Theirs);

        dialog.Provider.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Keep editing").Click();

        Assert.True((await dialog.ResultAsync()).Canceled);
    }

    [Fact]
    public async Task APresetMovedToTheTrashOffersOnlySavingMineAsNew()
    {
        var dialog = await ShowAsync(Theirs with { Version = 4, DeletedAt = At.AddMinutes(5) });

        Assert.Contains("grace moved \"Shop\" to the trash while you were editing.", dialog.Provider.Find(".mud-dialog").TextContent);
        Assert.Empty(dialog.Provider.FindAll("[data-testid='take-theirs'], [data-testid='overwrite']"));
        dialog.Click("save-as-new");
        Assert.Equal(ConflictChoice.SaveMineAsNew, (await dialog.ResultAsync()).Data);
    }

    private Task<DialogHost> ShowAsync(StoredPreset theirs) => DialogHost.ShowAsync(this, new DialogParameters<ConflictDialog>
    {
        { d => d.Theirs, theirs },
        { d => d.Yours, Yours },
    });
}
