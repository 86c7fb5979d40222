using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using MultiStageBuild.Web.Api;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Components.Pages.Presets;

/// <summary>Checks a pasted or uploaded presets file (or invocation), previews what it would do, then applies it all at once.</summary>
public partial class ImportDialog
{
    private string _text = "";
    private ImportClash _onClash = ImportClash.Skip;
    private IReadOnlyList<PresetDraft> _drafts = [];
    private InvocationReading? _invocation;
    private string? _unreadable;
    private ImportOutcome? _outcome;
    private FieldErrors _errors = new();

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }

    [Inject] private McpCatalogue Catalogue { get; set; } = null!;

    private bool CanApply => _invocation is not null || _outcome is { Succeeded: true } o && o.Created.Count + o.Updated.Count > 0;

    private async Task LoadFile(InputFileChangeEventArgs e)
    {
        if (e.File.Size > PresetDocument.MaxBytes)
        {
            _errors = FieldErrors.From(new Dictionary<string, string[]> { ["file"] = [$"{InputMessages.Quote(e.File.Name)} is larger than {BoundedBody.SizeLabel(PresetDocument.MaxBytes)}."] });
            return;
        }

        using var reader = new StreamReader(e.File.OpenReadStream(PresetDocument.MaxBytes));
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
        _unreadable = null;
        _drafts = [];
        _errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(_text))
        {
            return;
        }

        var definition = MultiStageBuildPrompt.Definition;
        if (!_text.Contains($"\"{PresetDocument.Format}\"", StringComparison.Ordinal))
        {
            var reading = await Catalogue.ReadInvocationAsync(_text, definition);
            if (reading.Succeeded)
            {
                _invocation = reading;
                return;
            }

            // A presets file that lost its format member is still best explained by the document's own errors.
            if (reading.Format is not null || !_text.Contains("\"presets\"", StringComparison.Ordinal))
            {
                _unreadable = reading.Format is null ? Unrecognized(_text, definition) : reading.Error;
                return;
            }
        }

        var read = PresetDocument.Read(_text, definition);
        if (!read.Succeeded)
        {
            _errors = read.Errors;
            return;
        }

        _drafts = read.Value;
        _outcome = await Saver.WriteAsync(() => Presets.ImportAsync(_drafts, _onClash, Author.Actor, dryRun: true));
        _errors = _outcome is null ? new FieldErrors() : FieldErrors.From(_outcome.Errors);
    }

    /// <summary>What text that is neither a presets file nor an invocation should have been, and where JSON broke.</summary>
    private static string Unrecognized(string text, PromptDefinition definition)
    {
        var trimmed = text.TrimStart();
        var json = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? JsonInput.Parse(trimmed) : null;
        var where = json is { Succeeded: false } ? string.Join(" ", json.Errors.Messages()) + " " : "";
        return $"{where}Expected a presets file exported from this page ({{\"format\": \"{PresetDocument.Format}\", \"presets\": […]}}) "
            + $"or an invocation the designer writes: {InvocationReader.Formats(definition)}.";
    }

    private async Task Apply()
    {
        if (_invocation is { Arguments: { } arguments })
        {
            Dialog.Close();
            await Saver.SaveAsNewAsync(new PresetDraft("", "", [], arguments));
            return;
        }

        _outcome = await Saver.WriteAsync(() => Presets.ImportAsync(_drafts, _onClash, Author.Actor, dryRun: false));
        _errors = _outcome is null ? new FieldErrors() : FieldErrors.From(_outcome.Errors);
        if (_outcome is { Succeeded: true })
        {
            Dialog.Close(DialogResult.Ok(_outcome));
        }
    }
}
