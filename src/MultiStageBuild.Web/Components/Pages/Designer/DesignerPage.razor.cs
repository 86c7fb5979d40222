using Microsoft.AspNetCore.WebUtilities;
using MultiStageBuild.Core.Comparison;
using MultiStageBuild.Core.Invocations;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MultiStageBuild.Web.Components.Shared;
using MultiStageBuild.Web.Components.Shortcuts;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>
/// The designer holds the one <see cref="DesignerState"/>; every change renders once and updates the deep link.
/// A saved preset loaded into the form can be updated; someone else's change to it shows as a notice, never a reload.
/// </summary>
public partial class DesignerPage
{
    private static readonly PromptDefinition Definition = KnownPrompts.PresetPrompt;

    /// <summary>What contree-mcp 0.1.x, the released Contree servers, return.</summary>
    private static readonly PromptEdition ContreeEdition = Definition.FindEdition(MultiStageBuildPrompt.ServedEdition)!;

    /// <summary>The page's own route (the @page directive), which every deep link starts with.</summary>
    private const string Route = "/";

    private static readonly MudBlazor.DialogOptions PasteOptions = new() { MaxWidth = MudBlazor.MaxWidth.Medium, FullWidth = true };

    private readonly Live<DesignerView> _view = new(null!);
    private readonly EventCallback<(string Name, string Value)> _argumentChanged;
    private readonly EventCallback<string> _argumentReset;
    private StoredPreset? _loaded;
    private StoredPreset? _theirs;
    private RemoteChange? _remote;
    private FormUndo? _undo;
    private string? _focusAfterRender;
    private string? _missingPreset;
    private IDisposable? _subscription;
    private readonly List<IDisposable> _shortcuts = [];
    private InstanceEndpoint _instance = null!;

    // No receiver: a keystroke re-renders the LiveViews that show its result, not this page.
    public DesignerPage()
    {
        _argumentChanged = new(null, (Action<(string Name, string Value)>)ChangeArgument);
        _argumentReset = new(null, (Action<string>)ResetArgument);
    }

    private DesignerState State => _view.Value.State;

    /// <summary>Whether the form differs from the loaded saved preset.</summary>
    private bool IsDirty(DesignerState state) =>
        _loaded is not null && PresetOntoForm.Differs(state.Arguments, _loaded.Draft.Arguments, Definition);

    /// <summary>Whether the form holds values the user typed over its preset's (all typed values when no preset is chosen).</summary>
    private bool HasEdits(DesignerState state) => state.Preset is { } preset
        ? PresetOntoForm.Differs(state.Arguments, preset.Arguments, Definition)
        : Definition.Arguments.Any(a => !state.Arguments.IsBlank(a.Name));

    protected override async Task OnInitializedAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        if (QueryHelpers.ParseQuery(query).Count == 0)
        {
            query = DesignerState.FirstVisit.ToUrl("", Definition);
        }

        Apply(DesignerState.FromQuery(query, Definition, BuiltInPresets.Find));
        var presetKey = QueryHelpers.ParseQuery(query).GetValueOrDefault(DesignerState.PresetKey).ToString();
        _loaded = await FindSavedAsync(presetKey);
        if (_loaded is { } saved)
        {
            Apply(DesignerState.FromQuery(query, Definition, key => BuiltInPresets.Find(key) ?? saved.ToPreset()));
        }
        else if (presetKey.Length > 0 && State.Preset is null)
        {
            _missingPreset = presetKey;
        }

        await FindInstancePromptAsync();
        if (RendererInfo.IsInteractive)
        {
            _subscription = Changes.Subscribe(changes => InvokeAsync(() => OnPresetChanged(changes)));
            _shortcuts.Add(Shortcuts.Handle(ShortcutCommand.Save, () => InvokeAsync(async () =>
            {
                await SaveFromShortcut();
                StateHasChanged();
            })));
            _shortcuts.Add(Shortcuts.HandleOpenPreset(preset => InvokeAsync(async () =>
            {
                await PickPreset(preset);
                StateHasChanged();
            })));
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _shortcuts.ForEach(s => s.Dispose());
    }

    /// <summary>The save shortcut: updates the loaded preset when the form changed it, else saves the form as a new preset.</summary>
    private Task SaveFromShortcut()
    {
        if (!_view.Value.Result.Succeeded)
        {
            Snackbar.Add("Fix the errors in the form before saving.", MudBlazor.Severity.Warning);
            return Task.CompletedTask;
        }

        return _loaded is not null && _view.Value.IsDirty ? UpdatePreset() : SaveAsPreset();
    }

    /// <summary>The live saved preset <paramref name="key"/> names, or <c>null</c> (a built-in key, trashed, or no store).</summary>
    private Task<StoredPreset?> FindSavedAsync(string key) =>
        Guid.TryParse(key, out var id) ? FindSavedAsync(id) : Task.FromResult<StoredPreset?>(null);

    private async Task<StoredPreset?> FindSavedAsync(Guid id)
    {
        try
        {
            return await Presets.FindAsync(id) is { IsDeleted: false } preset ? preset : null;
        }
        catch (PresetStoreUnavailableException)
        {
            return null;
        }
    }

    private Task<IEnumerable<Preset>> SearchPresets(string? text, CancellationToken cancellationToken) =>
        Presets.SearchChoicesAsync(text, cancellationToken);

    private async Task PickPreset(Preset? preset)
    {
        if (preset is null)
        {
            return;
        }

        var (before, loadedBefore) = (State, _loaded);
        _loaded = await FindSavedAsync(preset.Key);
        ClearNotice();
        await FindInstancePromptAsync();
        var picked = State.WithPreset(preset, Definition);
        OfferUndo($"Replaced your edits with \"{preset.Name}\".", before, loadedBefore, picked);
        Apply(picked);
    }

    private void ChangeArgument((string Name, string Value) change)
    {
        _undo = null;
        Apply(State.WithArgument(change.Name, change.Value));
    }

    private void ResetArgument(string name)
    {
        _undo = new FormUndo($"Reset {name} to its default.", State, _loaded, name);
        Apply(State.WithArgument(name, ""));
    }

    /// <summary>Keeps what <paramref name="before"/> held when the change to <paramref name="after"/> replaces edits.</summary>
    private void OfferUndo(string message, DesignerState before, StoredPreset? loadedBefore, DesignerState after)
    {
        var replaced = Definition.Arguments.FirstOrDefault(a => before.Arguments[a.Name] != after.Arguments[a.Name]);
        _undo = HasEdits(before) && replaced is not null ? new FormUndo(message, before, loadedBefore, replaced.Name) : null;
    }

    private async Task UndoChange()
    {
        if (_undo is not { } undo)
        {
            return;
        }

        _undo = null;
        _loaded = undo.Loaded;
        ClearNotice();
        await FindInstancePromptAsync();
        _focusAfterRender = $"#arg-{undo.FocusArgument}";
        Apply(undo.State with { Edition = State.Edition });
    }

    private void DismissUndo() => _undo = null;

    /// <summary>Fills the form with a pasted invocation's arguments, as a fresh form (no preset), with Undo over edits.</summary>
    private async Task PasteInvocation()
    {
        var dialog = await Dialogs.ShowAsync<PasteInvocationDialog>("Paste an invocation",
            new MudBlazor.DialogParameters<PasteInvocationDialog> { { d => d.Definition, Definition } }, PasteOptions);
        if (await dialog.Result is not { Canceled: false, Data: ArgumentSet arguments })
        {
            return;
        }

        var (before, loadedBefore) = (State, _loaded);
        _loaded = null;
        ClearNotice();
        await FindInstancePromptAsync();
        var pasted = State with { Preset = null, Arguments = arguments };
        OfferUndo("Replaced your edits with the pasted invocation.", before, loadedBefore, pasted);
        Apply(pasted);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAfterRender is { } selector)
        {
            _focusAfterRender = null;
            await JS.InvokeVoidAsync("designer.focus", selector);
        }
    }

    private void ChangeEdition(PromptEdition edition) => Apply(State.WithEdition(edition));

    private void Apply(DesignerState state) => _view.Set(new DesignerView(
        state,
        RenderService.Render(Definition, state.Arguments, state.EditionOf(Definition, Options.ShownEdition)),
        state.ToUrl(Route, Definition),
        IsDirty(state)));

    private PresetDraft CurrentDraft(StoredPreset? basis) =>
        new(basis?.Name ?? "", basis?.Draft.Description ?? "", basis?.Draft.Tags ?? [], State.Arguments);

    private async Task SaveAsPreset()
    {
        _undo = null;
        if (await Saver.SaveAsNewAsync(CurrentDraft(null) with { Name = _loaded is null ? "" : $"{_loaded.Name} (copy)" }) is { } saved)
        {
            await Load(saved);
        }
    }

    private async Task UpdatePreset()
    {
        _undo = null;
        if (_loaded is not null && await Saver.UpdateAsync(_loaded, CurrentDraft(_loaded)) is { } saved)
        {
            await Load(saved);
        }
    }

    private async Task SetProtection(bool isProtected)
    {
        if (_loaded is not null && await Saver.SetProtectedAsync(_loaded, isProtected) is { } saved)
        {
            _loaded = saved;
            ClearNotice();
            Apply(State);
        }
    }

    /// <summary>Loads <paramref name="preset"/> into the form, offering Undo with <paramref name="undoMessage"/> when that replaces edits.</summary>
    private async Task Load(StoredPreset preset, string? undoMessage = null)
    {
        var (before, loadedBefore) = (State, _loaded);
        _loaded = preset;
        ClearNotice();
        await FindInstancePromptAsync();
        var loaded = State.WithLoaded(preset, Definition);
        if (undoMessage is not null)
        {
            OfferUndo(undoMessage, before, loadedBefore, loaded);
        }

        Apply(loaded);
    }

    /// <summary>The prompt this app's MCP endpoint serves for the loaded preset: its own, or the base prompt.</summary>
    private async Task FindInstancePromptAsync()
    {
        var target = new InvocationTarget(McpServerSetup.EndpointUrl(Navigation.BaseUri), McpServerSetup.ServerName);
        var served = _loaded is null ? null
            : (await Catalogue.LoadAsync()).PresetPrompts.FirstOrDefault(p => p.Preset!.Id == _loaded.Id);
        _instance = new(target, served is null ? Definition : Definition.ForPreset(served.Name, served.Baseline), Catalogue.Edition);
    }

    private Task LoadTheirs() => _theirs is not { } theirs ? Task.CompletedTask
        : Load(theirs, $"Loaded version {theirs.Version} of \"{theirs.Name}\" over your edits.");

    private void ClearNotice() => (_remote, _theirs) = (null, null);

    private async Task OnPresetChanged(IReadOnlyList<PresetChange> changes)
    {
        if (_loaded is null || changes.LastOrDefault(c => c.PresetId == _loaded.Id) is not { } change || change.Version <= _loaded.Version)
        {
            return;
        }

        _theirs = await FindSavedAsync(change.PresetId);
        var changed = _theirs is null ? [] : PresetComparison.Of(_loaded.Draft, _theirs.Draft, Definition).Fields
            .Where(f => f.Changed).Select(f => f.Field).ToList();
        _remote = new RemoteChange(change.Author, change.Name, change.Version, change.Kind == RevisionKind.Deleted, changed);
        StateHasChanged();
    }
}
