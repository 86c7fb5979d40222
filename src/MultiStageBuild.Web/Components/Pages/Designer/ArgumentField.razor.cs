using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>
/// One argument's field: name as label, description (or the error) as helper text, default as placeholder, reset when
/// the value overrides the default. Re-renders only when what it shows changes.
/// </summary>
public partial class ArgumentField
{
    private static readonly MarkupString ResetIcon = new(Icons.Material.Filled.SettingsBackupRestore);

    private ArgumentIssue? _issueError;
    private bool _touched;
    private ArgumentIssue[] _warnings = [];
    private FieldView _view;
    private string _shown = "";
    private string? _typed;
    private int _generation;
    private bool _focusAfterRender;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Parameter, EditorRequired] public required PromptArgument Argument { get; set; }

    [Parameter, EditorRequired] public required string Value { get; set; }

    /// <summary>The issues of every argument; the field shows its own.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<ArgumentIssue> Issues { get; set; }

    /// <summary>Whether the value replaces the argument's default (shows the marker and the reset button).</summary>
    [Parameter] public bool Overrides { get; set; }

    [Parameter] public bool Disabled { get; set; }

    /// <summary>Raised with the argument's name and its new value on every keystroke.</summary>
    [Parameter] public EventCallback<(string Name, string Value)> ArgumentChanged { get; set; }

    /// <summary>Raised with the argument's name when the reset button puts it back to the default.</summary>
    [Parameter] public EventCallback<string> ArgumentReset { get; set; }

    protected override void OnParametersSet()
    {
        // The input is the source of truth while typing. Only a change from elsewhere (a preset, a reset, a reload)
        // writes the value, on a fresh element, so no keystroke in flight can be overwritten.
        if (Value != (_typed ?? _shown))
        {
            _shown = Value;
            _typed = null;
            _generation++;
        }

        ArgumentIssue? error = null;
        List<ArgumentIssue>? warnings = null;
        foreach (var issue in Issues)
        {
            if (issue.Argument != Argument.Name)
            {
                continue;
            }

            if (issue.Severity == IssueSeverity.Error)
            {
                error ??= issue;
            }
            else
            {
                (warnings ??= []).Add(issue);
            }
        }

        _issueError = error;
        _warnings = warnings?.ToArray() ?? [];
        UpdateView();
    }

    /// <summary>
    /// An error shows once the field was typed in or left, or when it holds a value: an empty required field is not
    /// marked wrong before the user got to it.
    /// </summary>
    private void UpdateView()
    {
        var error = _touched || Value.Length > 0 ? _issueError : null;
        _view = new FieldView(Argument, _shown, _generation, Overrides, Disabled, error?.Message, new(_warnings));
    }

    protected override FieldView View => _view;

    private Task OnInput(ChangeEventArgs e)
    {
        _typed = e.Value as string ?? "";
        if (!_touched)
        {
            _touched = true;
            UpdateView();
        }

        return ArgumentChanged.InvokeAsync((Argument.Name, _typed));
    }

    private void OnBlur()
    {
        if (!_touched)
        {
            _touched = true;
            UpdateView();
        }
    }

    // The reset button goes with the override, so focus moves to the field rather than falling to the page.
    private Task ResetToDefault()
    {
        _focusAfterRender = true;
        return ArgumentReset.InvokeAsync(Argument.Name);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAfterRender)
        {
            _focusAfterRender = false;
            await JS.InvokeVoidAsync("designer.focus", $"#{Rendered.InputId}");
        }
    }

    /// <summary>
    /// Everything the field shows, to skip renders that would change nothing: the value it was last given (a new
    /// <paramref name="Generation"/> writes it on a fresh input), and the error message when one shows.
    /// </summary>
    public readonly record struct FieldView(PromptArgument Argument, string Shown, int Generation, bool Overrides, bool Disabled, string? Error,
        ValueList<ArgumentIssue> Warnings)
    {
        public string InputId => $"arg-{Argument.Name}";
    }
}
