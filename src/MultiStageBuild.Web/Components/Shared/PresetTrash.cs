using MudBlazor;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Components.Layout;
using MultiStageBuild.Web.Session;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// Moving presets to the trash and back, under the author's own name (asked for first when none is set); a move to the
/// trash offers Undo, which restores the preset through the same restore write.
/// </summary>
public sealed class PresetTrash(IPresetRepository presets, IDialogService dialogs, AuthorSession author, ISnackbar snackbar)
{
    /// <summary>How long a note with Undo stays: longer than a plain note, to leave time to reach the button.</summary>
    public const int UndoDuration = 8000;

    /// <summary>Confirms, then moves <paramref name="preset"/> to the trash; true when it moved.</summary>
    public async Task<bool> MoveToTrashAsync(StoredPreset preset)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync("Move to trash?",
            $"\"{preset.Name}\" goes to the trash, where it can be restored. Its history is kept.", yesText: "Move to trash", cancelText: "Cancel");
        if (confirmed != true || !await AuthorDialog.EnsureAsync(dialogs, author))
        {
            return false;
        }

        var outcome = await presets.DeleteAsync(preset.Id, preset.Version, author.NameOrAnonymous);
        if (outcome.Status == SaveStatus.Saved)
        {
            snackbar.Add($"Moved \"{preset.Name}\" to the trash.", Severity.Success, options =>
            {
                options.Action = "Undo";
                options.ActionColor = Color.Inherit;
                options.VisibleStateDuration = UndoDuration;
                options.OnClick = _ => RestoreAsync(preset);
            }, key: $"trash-{preset.Id}");
            return true;
        }

        snackbar.Add(outcome.Status == SaveStatus.Conflict
            ? $"\"{preset.Name}\" changed meanwhile (now version {outcome.Current!.Version}); look at it before deleting."
            : $"\"{preset.Name}\" no longer exists.", Severity.Warning);
        return false;
    }

    /// <summary>Brings <paramref name="preset"/> back from the trash; true when it is live again.</summary>
    public async Task<bool> RestoreAsync(StoredPreset preset)
    {
        if (!await AuthorDialog.EnsureAsync(dialogs, author))
        {
            return false;
        }

        var outcome = await presets.RestoreAsync(preset.Id, author.NameOrAnonymous);
        if (outcome.Status == SaveStatus.Saved)
        {
            snackbar.Add($"Restored \"{preset.Name}\".", Severity.Success);
            return true;
        }

        snackbar.Add(outcome.ErrorText($"\"{preset.Name}\" could not be restored."), Severity.Warning);
        return false;
    }
}
