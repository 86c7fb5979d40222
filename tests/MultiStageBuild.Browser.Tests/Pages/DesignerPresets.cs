using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The designer's saved-preset parts: the toolbar above the form, its notices and the save dialogs it opens.</summary>
public sealed class DesignerPresets(DesignerPage designer)
{
    public IPage Page => designer.Page;

    public ILocator Toolbar => Page.Locator(".preset-toolbar");

    public ILocator SaveAsButton => Page.GetByTestId("save-as-preset");

    public ILocator UpdateButton => Page.GetByTestId("update-preset");

    public ILocator DirtyMarker => Page.GetByTestId("dirty-marker");

    /// <summary>The calm note that someone else saved the loaded preset.</summary>
    public ILocator RemoteChange => Page.GetByTestId("remote-change");

    /// <summary>The button that loads the other author's version (named by its number).</summary>
    public ILocator LoadTheirsButton => RemoteChange.GetByRole(AriaRole.Button, new() { NameRegex = new("^Load version \\d+$") });

    /// <summary>The note after a preset pick, load or reset that replaced the form's values.</summary>
    public ILocator UndoNotice => Page.GetByTestId("undo-notice");

    public ILocator UndoButton => UndoNotice.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true });

    public PresetEditor Editor => new(Page);

    public ConflictPrompt Conflict => new(Page);

    public AuthorPrompt AuthorPrompt => new(Page);

    /// <summary>Saves the form as a new preset called <paramref name="name"/> and waits for the confirmation.</summary>
    public async Task SaveAsNewAsync(string name)
    {
        await SaveAsButton.ClickAsync();
        await Editor.SaveAsync(name);
        await ExpectSavedAsync(name, version: 1);
    }

    /// <summary>Waits for the "Saved"/"Updated" message and for the toolbar to show the preset at that version.</summary>
    public async Task ExpectSavedAsync(string name, int version, string verb = "Saved")
    {
        await Expect(designer.Snackbar($"{verb} \"{name}\" (version {version}).")).ToBeVisibleAsync();
        await Expect(Toolbar).ToContainTextAsync($"{name} v{version}");
    }
}

/// <summary>The "Save as preset" / edit dialog: name, description, tags and its save button.</summary>
public sealed class PresetEditor(IPage page)
{
    public ILocator Name => page.Locator("#preset-name");

    /// <summary>The author's name, asked in the same dialog while none is set.</summary>
    public ILocator Author => page.Locator("#preset-author");

    public ILocator Description => page.Locator("#preset-description");

    public ILocator Tags => page.Locator("#preset-tags");

    public ILocator SaveButton => page.GetByTestId("save-preset");

    /// <summary>Fills the name (when given) and saves; the dialog closes once the store accepted it.</summary>
    public async Task SaveAsync(string? name = null)
    {
        await Expect(Name).ToBeVisibleAsync();
        if (name is not null)
        {
            await Name.FillAsync(name);
        }

        await SaveButton.ClickAsync();
        await Expect(Name).ToHaveCountAsync(0);
    }
}

/// <summary>The dialog a stale update opens: theirs against yours, and the three ways out.</summary>
public sealed class ConflictPrompt(IPage page)
{
    public ILocator Dialog => page.Locator(".mud-dialog").Filter(new() { Has = page.GetByTestId("save-as-new") });

    public ILocator TakeTheirs => page.GetByTestId("take-theirs");

    public ILocator Overwrite => page.GetByTestId("overwrite");

    public ILocator SaveAsNew => page.GetByTestId("save-as-new");

    /// <summary>The comparison row of one field (only changed fields are listed).</summary>
    public ILocator Row(string field) => Dialog.Locator($".comparison-fields tr[data-field='{field}']");
}

/// <summary>The "Your name" dialog that comes before the first save in a browser.</summary>
public sealed class AuthorPrompt(IPage page)
{
    public ILocator Name => page.GetByRole(AriaRole.Textbox, new() { Name = "Your name" });

    public ILocator SaveButton => page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });
}

/// <summary>Finding saved presets in the designer's picker.</summary>
public static class SavedPresetPicking
{
    /// <summary>Types <paramref name="name"/> into the picker (it searches the store) and chooses the saved preset of that name.</summary>
    public static async Task PickSavedAsync(this DesignerPage designer, string name)
    {
        await designer.PresetPicker.ClickAsync();
        await designer.PresetPicker.FillAsync(name);
        var named = designer.Page.Locator(".preset-option").GetByText(name, new() { Exact = true });
        var options = designer.Page.GetByRole(AriaRole.Option);

        // The list opens with every preset, then shows the search's matches: a click on the first list can be lost
        // when the second replaces it, so click once only matches are listed, and see the list close on the choice.
        var option = options.Filter(new() { Has = named });
        await Expect(option).ToBeVisibleAsync();
        await Expect(options.Filter(new() { HasNot = named })).ToHaveCountAsync(0);
        await option.ClickAsync();
        await Expect(options).ToHaveCountAsync(0);
        await Expect(designer.PresetPicker).ToHaveValueAsync(name);
    }
}
