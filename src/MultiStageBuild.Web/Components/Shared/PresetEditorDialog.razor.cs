using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// Edits a preset's name, description, tags and (optionally) arguments with inline checks, then calls
/// <see cref="SaveAsync"/>. Invalid results stay in the dialog; saved and conflicting ones close it.
/// </summary>
public partial class PresetEditorDialog
{
    private const string AuthorField = "author";

    private string _author = "";
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

    /// <summary>When set, the dialog also asks for the author's name (none is set yet) and stores it this way before saving.</summary>
    [Parameter] public Func<string, Task>? SetAuthorAsync { get; set; }

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
            _errors = Check(Current());
        }
    }

    /// <summary>Enter in a single-line field saves, as in any form; other keys check the fields once a save was tried.</summary>
    private Task KeyUp(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter")
        {
            return Save();
        }

        Validate();
        return Task.CompletedTask;
    }

    private IReadOnlyDictionary<string, string[]> Check(PresetDraft draft)
    {
        var errors = PresetRules.Check(draft, MultiStageBuildPrompt.Definition);
        return SetAuthorAsync is null || !string.IsNullOrWhiteSpace(_author) ? errors
            : new Dictionary<string, string[]>(errors) { [AuthorField] = ["Enter your name: it is recorded with the preset."] };
    }

    private void SetArgument(string name, string value)
    {
        _arguments = _arguments.With(name, value);
        Validate();
    }

    private async Task Save()
    {
        if (_saving)
        {
            return;
        }

        _validated = true;
        var draft = Current();
        _errors = Check(draft);
        if (_errors.Count > 0)
        {
            return;
        }

        _saving = true;
        _failure = null;
        try
        {
            if (SetAuthorAsync is not null)
            {
                await SetAuthorAsync(_author.Trim());
            }

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
            // The user's input stays in the dialog; the message names the database problem (the About page, the file).
            _failure = e.Problem;
        }
        finally
        {
            _saving = false;
        }
    }
}
