using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Components.Pages.Presets;

/// <summary>Checks a pasted or uploaded presets file (or invocation), previews what it would do, then applies it all at once.</summary>
public partial class ImportDialog
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    private string _text = "";
    private ImportClash _onClash = ImportClash.Skip;
    private IReadOnlyList<PresetDraft> _drafts = [];
    private ArgumentSet? _invocation;
    private ImportOutcome? _outcome;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }

    private bool CanApply => _invocation is not null || _outcome is { Succeeded: true } o && o.Created.Count + o.Updated.Count > 0;

    private async Task LoadFile(InputFileChangeEventArgs e)
    {
        if (e.File.Size > MaxFileBytes)
        {
            _errors = new Dictionary<string, string[]> { ["file"] = [$"{e.File.Name} is larger than 5 MB."] };
            return;
        }

        using var reader = new StreamReader(e.File.OpenReadStream(MaxFileBytes));
        _text = await reader.ReadToEndAsync();
        await Check();
    }

    private Task ClashChanged(ImportClash onClash)
    {
        _onClash = onClash;
        return Check();
    }

    private async Task Check()
    {
        _outcome = null;
        _invocation = null;
        _drafts = [];
        _errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(_text))
        {
            return;
        }

        var definition = MultiStageBuildPrompt.Definition;
        if (!_text.Contains($"\"{PresetDocument.Format}\"", StringComparison.Ordinal) && InvocationReader.Read(_text, definition) is { Arguments: { } arguments })
        {
            _invocation = arguments;
            return;
        }

        var read = PresetDocument.Read(_text, definition);
        if (!read.Succeeded)
        {
            _errors = read.Errors;
            return;
        }

        _drafts = read.Drafts;
        _outcome = await Presets.ImportAsync(_drafts, _onClash, Author.NameOrAnonymous, dryRun: true);
        _errors = _outcome.Errors;
    }

    private async Task Apply()
    {
        if (_invocation is not null)
        {
            Dialog.Close();
            await Saver.SaveAsNewAsync(new PresetDraft("", "", [], _invocation));
            return;
        }

        _outcome = await Presets.ImportAsync(_drafts, _onClash, Author.NameOrAnonymous, dryRun: false);
        _errors = _outcome.Errors;
        if (_outcome.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(_outcome));
        }
    }
}
