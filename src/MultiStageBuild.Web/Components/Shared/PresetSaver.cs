using MudBlazor;
using MultiStageBuild.Web.Components.Layout;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Session;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// The writes pages make to presets, each through dialogs and under the author's own name (asked for first when none
/// is set): save as new, update, edit and resolving a conflict, so the user's draft survives every path (a cancelled
/// dialog leaves the page's edits untouched); and moving to the trash with Undo, and back.
/// </summary>
public sealed class PresetSaver(IPresetRepository presets, IDialogService dialogs, AuthorSession author, UserAccess access, ISnackbar snackbar)
{
    /// <summary>
    /// How long a note with Undo stays: longer than a plain note, to leave time to reach the button; the pointer over it
    /// or keyboard focus in it (designer.js) holds it longer.
    /// </summary>
    public const int UndoDuration = 8000;

    private static readonly DialogOptions EditorOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };
    private static readonly DialogOptions ConflictOptions = new() { MaxWidth = MaxWidth.Large, FullWidth = true };

    /// <summary>Asks for name, description and tags (and the author's name when none is set), then creates the preset. Null when cancelled.</summary>
    public async Task<StoredPreset?> SaveAsNewAsync(PresetDraft draft, bool editArguments = false)
    {
        if (access.RefusesEdit(snackbar))
        {
            return null;
        }

        var result = await ShowEditorAsync("Save as preset", draft, d => presets.CreateAsync(d, author.Actor), editArguments, "Save preset");
        return Report(result?.Outcome.Preset, "Saved");
    }

    /// <summary>Writes <paramref name="draft"/> over <paramref name="loaded"/>, resolving a conflict if someone saved meanwhile.</summary>
    public async Task<StoredPreset?> UpdateAsync(StoredPreset loaded, PresetDraft draft)
    {
        if (access.RefusesEdit(snackbar) || !await AuthorDialog.EnsureAsync(dialogs, author))
        {
            return null;
        }

        return await WriteAsync(() => presets.UpdateAsync(loaded.Id, draft, loaded.Version, author.Actor)) is { } outcome
            ? await FollowUpAsync(outcome, draft)
            : null;
    }

    /// <summary>Edits every field of a stored preset in a dialog.</summary>
    public async Task<StoredPreset?> EditAsync(StoredPreset preset)
    {
        if (access.RefusesEdit(snackbar))
        {
            return null;
        }

        var result = await ShowEditorAsync($"Edit {preset.Name}", preset.Draft,
            d => presets.UpdateAsync(preset.Id, d, preset.Version, author.Actor), editArguments: true, "Save changes");
        return result is null ? null : await FollowUpAsync(result.Outcome, result.Draft);
    }

    /// <summary>Confirms, then moves <paramref name="preset"/> to the trash; true when it moved.</summary>
    public async Task<bool> MoveToTrashAsync(StoredPreset preset)
    {
        if (access.RefusesEdit(snackbar))
        {
            return false;
        }

        var confirmed = await dialogs.ShowMessageBoxAsync("Move to trash?",
            $"\"{preset.Name}\" goes to the trash, where it can be restored. Its history is kept.", yesText: "Move to trash", cancelText: "Cancel");
        if (confirmed != true || !await AuthorDialog.EnsureAsync(dialogs, author))
        {
            return false;
        }

        var outcome = await WriteAsync(() => presets.DeleteAsync(preset.Id, preset.Version, author.Actor));
        if (outcome is null)
        {
            return false;
        }

        if (outcome.Status == SaveStatus.Saved)
        {
            snackbar.Add($"Moved \"{preset.Name}\" to the trash.", Severity.Success, options =>
            {
                options.Action = "Undo";
                options.ActionColor = Color.Inherit;
                options.VisibleStateDuration = UndoDuration;
                // A note with an action would otherwise stay until clicked, holding one of the two places for notes.
                options.RequireInteraction = false;
                options.OnClick = _ => RestoreAsync(preset);
            }, key: $"trash-{preset.Id}");
            return true;
        }

        snackbar.Add(outcome.Status switch
        {
            SaveStatus.Conflict => $"\"{preset.Name}\" changed meanwhile (now version {outcome.Current!.Version}); look at it before deleting.",
            SaveStatus.Protected => outcome.ErrorText(""),
            _ => $"\"{preset.Name}\" no longer exists.",
        }, Severity.Warning);
        return false;
    }

    /// <summary>Protects <paramref name="preset"/> (only admins change it then) or lifts its protection; admins only.</summary>
    public async Task<StoredPreset?> SetProtectedAsync(StoredPreset preset, bool isProtected)
    {
        if (!access.IsAdmin)
        {
            snackbar.Add(access.Refusal(AppRoles.Admin), Severity.Warning);
            return null;
        }

        if (await WriteAsync(() => presets.SetProtectedAsync(preset.Id, isProtected, author.Actor)) is not { } outcome)
        {
            return null;
        }

        if (outcome.Status != SaveStatus.Saved)
        {
            snackbar.Add(outcome.ErrorText($"\"{preset.Name}\" no longer exists."), Severity.Warning);
            return null;
        }

        snackbar.Add(isProtected ? $"Protected \"{preset.Name}\": only admins can change it now." : $"\"{preset.Name}\" is no longer protected.", Severity.Success);
        return outcome.Preset;
    }

    /// <summary>Brings <paramref name="preset"/> back from the trash; true when it is live again.</summary>
    public async Task<bool> RestoreAsync(StoredPreset preset)
    {
        if (access.RefusesEdit(snackbar) || !await AuthorDialog.EnsureAsync(dialogs, author))
        {
            return false;
        }

        var outcome = await WriteAsync(() => presets.RestoreAsync(preset.Id, author.Actor));
        if (outcome is null)
        {
            return false;
        }

        if (outcome.Status == SaveStatus.Saved)
        {
            snackbar.Add($"Restored \"{preset.Name}\".", Severity.Success);
            return true;
        }

        snackbar.Add(outcome.ErrorText($"\"{preset.Name}\" could not be restored."), Severity.Warning);
        return false;
    }

    private async Task<StoredPreset?> FollowUpAsync(SaveResult outcome, PresetDraft draft)
    {
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                return Report(outcome.Preset, "Updated");
            case SaveStatus.Conflict:
                return await ResolveConflictAsync(outcome.Current!, draft);
            case SaveStatus.Invalid:
                snackbar.Add(outcome.ErrorText("The preset is not valid."), Severity.Error);
                return null;
            case SaveStatus.Protected:
                snackbar.Add(outcome.ErrorText(""), Severity.Warning);
                return null;
            default:
                snackbar.Add("That preset no longer exists; save your version as a new preset.", Severity.Warning);
                return await SaveAsNewAsync(draft);
        }
    }

    private async Task<StoredPreset?> ResolveConflictAsync(StoredPreset theirs, PresetDraft yours)
    {
        var dialog = await dialogs.ShowAsync<ConflictDialog>("Someone saved this preset meanwhile",
            new DialogParameters<ConflictDialog> { { d => d.Theirs, theirs }, { d => d.Yours, yours } }, ConflictOptions);
        if (await dialog.Result is not { Canceled: false, Data: ConflictChoice choice })
        {
            return null;
        }

        return choice switch
        {
            ConflictChoice.TakeTheirs => theirs,
            ConflictChoice.Overwrite => await WriteAsync(() => presets.UpdateAsync(theirs.Id, yours, theirs.Version, author.Actor)) is { } overwritten
                ? await FollowUpAsync(overwritten, yours)
                : null,
            _ => await SaveAsNewAsync(yours with { Name = $"{yours.Name} (mine)" }),
        };
    }

    private async Task<PresetEditorResult?> ShowEditorAsync(string title, PresetDraft draft, Func<PresetDraft, Task<SaveResult>> save, bool editArguments, string saveLabel)
    {
        var dialog = await dialogs.ShowAsync<PresetEditorDialog>(title, new DialogParameters<PresetEditorDialog>
        {
            { d => d.Draft, draft },
            { d => d.SaveAsync, save },
            { d => d.EditArguments, editArguments },
            { d => d.SaveLabel, saveLabel },
            // With no name set yet, one dialog asks for it along with the preset's: a first save is one step.
            { d => d.SetAuthorAsync, author.HasName ? null : author.SetAsync },
        }, EditorOptions);
        return await dialog.Result is { Canceled: false, Data: PresetEditorResult result } ? result : null;
    }

    /// <summary>
    /// Runs a write a page makes outside the editor dialog; when the store cannot take it (its file damaged, deleted or
    /// replaced) the user is told why, without the file's path, and <c>null</c> comes back: nothing was written and the
    /// page's edits stay.
    /// </summary>
    public async Task<T?> WriteAsync<T>(Func<Task<T>> write)
        where T : class
    {
        try
        {
            return await write();
        }
        catch (PresetStoreUnavailableException e)
        {
            snackbar.Add($"Nothing was saved: {e.Problem}", Severity.Error);
            return null;
        }
    }

    private StoredPreset? Report(StoredPreset? saved, string verb)
    {
        if (saved is not null)
        {
            snackbar.Add($"{verb} \"{saved.Name}\" (version {saved.Version}).", Severity.Success);
        }

        return saved;
    }
}
