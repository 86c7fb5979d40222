using Microsoft.AspNetCore.Components;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// Edits a preset's name, description, tags and (optionally) arguments with inline checks, then calls
/// <see cref="SaveAsync"/>. Invalid results stay in the dialog; saved and conflicting ones close it.
/// </summary>
public partial class PresetEditorDialog
{
    private string _name = "";
    private string _description = "";
    private string _tags = "";
    private ArgumentSet _arguments = ArgumentSet.Empty;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _validated;
    private bool _saving;
    private string? _failure;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }

    [Parameter, EditorRequired] public required PresetDraft Draft { get; set; }

    [Parameter, EditorRequired] public required Func<PresetDraft, Task<SaveResult>> SaveAsync { get; set; }

    [Parameter] public bool EditArguments { get; set; }

    [Parameter] public string SaveLabel { get; set; } = "Save";

    protected override void OnInitialized()
    {
        _name = Draft.Name;
        _description = Draft.Description;
        _tags = string.Join(", ", Draft.Tags);
        _arguments = Draft.Arguments;
    }

    private PresetDraft Current() =>
        new PresetDraft(_name, _description, _tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), _arguments).Normalized();

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorText(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private void Validate()
    {
        if (_validated)
        {
            _errors = PresetRules.Check(Current(), MultiStageBuildPrompt.Definition);
        }
    }

    private void SetArgument(string name, string value)
    {
        _arguments = _arguments.With(name, value);
        Validate();
    }

    private async Task Save()
    {
        _validated = true;
        var draft = Current();
        _errors = PresetRules.Check(draft, MultiStageBuildPrompt.Definition);
        if (_errors.Count > 0)
        {
            return;
        }

        _saving = true;
        _failure = null;
        try
        {
            var outcome = await SaveAsync(draft);
            if (outcome.Status == SaveStatus.Invalid)
            {
                _errors = outcome.Errors ?? _errors;
            }
            else
            {
                Dialog.Close(DialogResult.Ok(new PresetEditorResult(outcome, draft)));
            }
        }
        catch (PresetStoreUnavailableException e)
        {
            // The user's input stays in the dialog; the message names the database problem.
            _failure = e.Message;
        }
        finally
        {
            _saving = false;
        }
    }
}
