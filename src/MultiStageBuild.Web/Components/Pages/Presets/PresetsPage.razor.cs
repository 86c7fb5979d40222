using MudBlazor;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using Microsoft.JSInterop;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Components.Pages.Presets;

/// <summary>The team's presets: server-side search, tag filter, sort and paging, with every row action and the trash.</summary>
public partial class PresetsPage
{
    private MudTable<StoredPreset> _table = null!;
    private HashSet<StoredPreset> _selected = [];
    private IReadOnlyList<string> _tags = [];
    private string? _search;
    private string? _tag;
    private PresetSort _sort = PresetSort.Name;
    private bool _trash;
    private string? _storeError;
    private IDisposable? _subscription;

    /// <summary>The built-ins the search text matches (by name, description or command); none when a tag is chosen, as they have none.</summary>
    private IReadOnlyList<Preset> BuiltIns => _tag is not null ? [] : [.. BuiltInPresets.All.Where(p => string.IsNullOrWhiteSpace(_search)
        || new[] { p.Name, p.Description }.Concat(p.Arguments.Values.Values).Any(t => t.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)))];

    private static string DesignerLink(string presetKey) => $"/?{DesignerState.PresetKey}={Uri.EscapeDataString(presetKey)}";

    protected override async Task OnInitializedAsync()
    {
        _subscription = Changes.Subscribe(_ => InvokeAsync(RefreshAsync));
        await LoadTagsAsync();
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task<TableData<StoredPreset>> Load(TableState state, CancellationToken cancellationToken)
    {
        try
        {
            var page = await Presets.SearchAsync(new PresetQuery(_search, _tag, _sort, state.Page + 1, state.PageSize, _trash), cancellationToken);
            _storeError = null;
            return new TableData<StoredPreset> { Items = page.Items, TotalItems = page.Total };
        }
        catch (PresetStoreUnavailableException e)
        {
            _storeError = e.Message;
            return new TableData<StoredPreset> { Items = [], TotalItems = 0 };
        }
    }

    private async Task LoadTagsAsync()
    {
        try
        {
            _tags = await Presets.TagsAsync();
        }
        catch (PresetStoreUnavailableException e)
        {
            _storeError = e.Message;
        }
    }

    private async Task RefreshAsync()
    {
        await LoadTagsAsync();
        await _table.ReloadServerData();
        StateHasChanged();
    }

    private Task SearchChanged(string? search)
    {
        _search = search;
        return _table.ReloadServerData();
    }

    private Task TagChanged(string? tag)
    {
        _tag = tag;
        return _table.ReloadServerData();
    }

    private Task SortChanged(PresetSort sort)
    {
        _sort = sort;
        return _table.ReloadServerData();
    }

    private Task ShowTrash(bool trash)
    {
        _trash = trash;
        _selected = [];
        return _table.ReloadServerData();
    }

    private async Task CreateNew() =>
        await Saver.SaveAsNewAsync(new PresetDraft("", "", [], Core.Arguments.ArgumentSet.Empty), editArguments: true);

    private async Task Edit(StoredPreset preset) => await Saver.EditAsync(preset);

    private async Task Duplicate(StoredPreset preset) =>
        await Saver.SaveAsNewAsync(preset.Draft with { Name = $"{preset.Name} (copy)" }, editArguments: true);

    private async Task DuplicateBuiltIn(Preset preset) =>
        await Saver.SaveAsNewAsync(new PresetDraft($"{preset.Name} (copy)", preset.Description, [], preset.Arguments), editArguments: true);

    private Task Delete(StoredPreset preset) => Trash.MoveToTrashAsync(preset);

    private Task Restore(StoredPreset preset) => Trash.RestoreAsync(preset);

    private async Task Import()
    {
        var dialog = await Dialogs.ShowAsync<ImportDialog>("Import presets", new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
    }

    private async Task Export()
    {
        var ids = _selected.Count > 0 ? _selected.Select(p => p.Id).ToList() : null;
        var presets = await Presets.ExportAsync(ids);
        var document = PresetDocument.Write(presets.Select(p => p.Draft), MultiStageBuildPrompt.Definition);
        await JS.InvokeVoidAsync("designer.download", "multi-stage-build-presets.json", "application/json", document);
    }

    private void Compare()
    {
        var pair = _selected.ToList();
        Navigation.NavigateTo($"/presets/compare?left={pair[0].Id:N}&right={pair[1].Id:N}");
    }
}
