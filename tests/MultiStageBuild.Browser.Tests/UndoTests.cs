using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Nothing is lost silently: a preset pick or a reset over edits and a move to the trash each undo in one click.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class UndoTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task PickingAPresetOverEditsOfALoadedPresetCanBeUndone()
    {
        var name = Unique("Undo base");
        var saved = await Api.CreateAsync(PresetsApi.Body(name, "pytest -q"));
        var (designer, presets) = await OpenDesignerAsync("ada", saved.Id());
        await designer.Field("test_cmd").FillAsync("pytest -q --lf");
        await designer.Field("build_cmd").FillAsync("make wheel");
        await Expect(presets.DirtyMarker).ToBeVisibleAsync();

        await designer.PickPresetAsync("Rust");

        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("cargo test");
        await Expect(presets.UndoNotice).ToContainTextAsync("Replaced your edits with \"Rust\".");

        await presets.UndoButton.ClickAsync();

        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -q --lf");
        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("make wheel");
        await Expect(designer.Field("install_cmd")).ToHaveValueAsync("pip install -e .");
        await Expect(designer.Source).ToHaveValueAsync("/srv/app");
        await Expect(designer.PresetPicker).ToHaveValueAsync(name);
        await Expect(presets.Toolbar).ToContainTextAsync($"{name} v1");
        await Expect(presets.DirtyMarker).ToBeVisibleAsync();
        await Expect(presets.UndoNotice).ToHaveCountAsync(0);
        await Expect(designer.Field("install_cmd")).ToBeFocusedAsync();
        await designer.ExpectQueryAsync("test_cmd", "pytest -q --lf");
    }

    [Fact]
    public async Task PickingAPresetOverAnUntouchedFormOffersNoUndo()
    {
        var (designer, presets) = await OpenDesignerAsync("ada");

        await designer.PickPresetAsync("Poetry");

        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("poetry build");
        await Expect(presets.UndoNotice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ResettingAFieldKeepsFocusOnItAndCanBeUndone()
    {
        var (designer, presets) = await OpenDesignerAsync("ada");
        await designer.Field("build_cmd").FillAsync("make all");

        await designer.ResetButton("build_cmd").ClickAsync();

        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("");
        await Expect(designer.Field("build_cmd")).ToBeFocusedAsync();
        await Expect(presets.UndoNotice).ToContainTextAsync("Reset build_cmd to its default.");

        await presets.UndoButton.ClickAsync();

        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("make all");
        await Expect(designer.Field("build_cmd")).ToBeFocusedAsync();
        await Expect(presets.UndoNotice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TypingAfterAResetEndsItsUndo()
    {
        var (designer, presets) = await OpenDesignerAsync("ada");
        await designer.Field("test_cmd").FillAsync("tox");
        await designer.ResetButton("test_cmd").ClickAsync();
        await Expect(presets.UndoNotice).ToBeVisibleAsync();

        await designer.Field("test_cmd").PressSequentiallyAsync("nox");

        await Expect(presets.UndoNotice).ToHaveCountAsync(0);
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("nox");
    }

    [Fact]
    public async Task MovingAPresetToTheTrashCanBeUndone()
    {
        var name = Unique("Trashed then back");
        var saved = await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
        var list = await OpenPresetsAsync("grace");
        await list.FindAsync(name);

        await list.MoveToTrashAsync(name);

        var moved = list.Snackbar($"Moved \"{name}\" to the trash.");
        await Expect(moved).ToBeVisibleAsync();
        await Expect(list.Row(name)).ToHaveCountAsync(0);

        await moved.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        await Expect(list.Snackbar($"Restored \"{name}\".")).ToBeVisibleAsync();
        await Expect(list.Row(name)).ToBeVisibleAsync();
        var revisions = (await Api.RevisionsAsync(saved.Id())).OrderBy(r => r.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(["created", "deleted", "restored"], revisions.Select(r => r.GetProperty("kind").GetString()));
        Assert.All(revisions.Skip(1), r => Assert.Equal("grace", r.GetProperty("author").GetString()));
        Assert.False((await Api.GetAsync(saved.Id())).TryGetProperty("deletedAt", out _));
    }

    /// <summary>
    /// The note for the first of two presets moved to the trash is held by keyboard focus on its Undo, or by the pointer;
    /// the second note, shown later for as long, is the clock: once it has gone, the first would have gone before it.
    /// </summary>
    [Theory]
    [InlineData("focus")]
    [InlineData("pointer")]
    public async Task AnUndoNoteStaysWhileItHoldsFocusOrThePointer(string hold)
    {
        var prefix = Unique("Held note");
        string held = $"{prefix} a", clock = $"{prefix} b";
        var saved = await Api.CreateAsync(PresetsApi.Body(held, "pytest"));
        await Api.CreateAsync(PresetsApi.Body(clock, "pytest"));
        var list = await OpenPresetsAsync("grace");
        await list.Search.FillAsync(prefix);
        await Expect(list.Table.Locator("tbody tr")).ToHaveCountAsync(2);

        await list.MoveToTrashAsync(held);
        var heldNote = list.Snackbar($"Moved \"{held}\" to the trash.");
        await Expect(heldNote).ToBeVisibleAsync();
        await list.MoveToTrashAsync(clock);
        var clockNote = list.Snackbar($"Moved \"{clock}\" to the trash.");
        await Expect(clockNote).ToBeVisibleAsync();

        var undo = heldNote.GetByRole(AriaRole.Button, new() { Name = "Undo" });
        if (hold == "focus")
        {
            await undo.FocusAsync();
        }
        else
        {
            await heldNote.HoverAsync();
        }

        await Expect(clockNote).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(heldNote).ToBeVisibleAsync();
        await Expect(undo).ToBeEnabledAsync();

        if (hold == "focus")
        {
            await Expect(undo).ToBeFocusedAsync();
            await list.Page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await undo.ClickAsync();
        }

        await Expect(list.Snackbar($"Restored \"{held}\".")).ToBeVisibleAsync();
        await Expect(list.Row(held)).ToBeVisibleAsync();
        Assert.False((await Api.GetAsync(saved.Id())).TryGetProperty("deletedAt", out _));
    }

    [Fact]
    public async Task MovingToTheTrashWithoutANameAsksForOneFirst()
    {
        var name = Unique("Trashed by a new user");
        var saved = await Api.CreateAsync(PresetsApi.Body(name, "pytest"));
        var list = new PresetsListPage(await NewPageAsync(author: null), App.BaseAddress);
        await list.GotoAsync("Set your name");
        await list.FindAsync(name);

        await list.MoveToTrashAsync(name);
        var prompt = new AuthorPrompt(list.Page);
        await prompt.Name.FillAsync("lin");
        await prompt.SaveButton.ClickAsync();

        await Expect(list.Snackbar($"Moved \"{name}\" to the trash.")).ToBeVisibleAsync();
        var deleted = (await Api.RevisionsAsync(saved.Id())).Single(r => r.GetProperty("kind").GetString() == "deleted");
        Assert.Equal("lin", deleted.GetProperty("author").GetString());
    }
}
