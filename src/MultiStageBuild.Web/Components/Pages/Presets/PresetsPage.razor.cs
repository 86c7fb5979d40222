using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using MudBlazor;
using MultiStageBuild.Core.Json;
using MultiStageBuild.Web.Api;
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
    private PresetQuery _query = new();
    private FieldErrors _addressErrors = new();
    private bool _typing;
    private bool _reloadAfterRender;
    private string? _storeError;
    private IDisposable? _subscription;

    /// <summary>The built-ins the search text matches (by name, description or command); none when a tag is chosen, as they have none.</summary>
    private IReadOnlyList<Preset> BuiltIns => _query.Tag is not null ? [] : [.. BuiltInPresets.All.Where(p => string.IsNullOrWhiteSpace(_query.Search)
        || new[] { p.Name, p.Description }.Concat(p.Arguments.Values.Values).Any(t => t.Contains(_query.Search.Trim(), StringComparison.OrdinalIgnoreCase)))];

    private static string DesignerLink(string presetKey) => $"/?{DesignerState.PresetKey}={Uri.EscapeDataString(presetKey)}";

    protected override async Task OnInitializedAsync()
    {
        _subscription = Changes.Subscribe(_ => InvokeAsync(RefreshAsync));
        await LoadTagsAsync();
    }

    [SupplyParameterFromQuery(Name = "search")] public string? SearchParameter { get; set; }

    [SupplyParameterFromQuery(Name = "tag")] public string? TagParameter { get; set; }

    [SupplyParameterFromQuery(Name = "sort")] public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")] public string? PageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "pageSize")] public string? PageSizeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "trash")] public string? TrashParameter { get; set; }

    /// <summary>
    /// The address is the list's state: search, tag, sort, page, page size and trash are read from it on every visit,
    /// reload, Back and Forward, with the API's parameter names and rules, and each change the user makes is a navigation
    /// to a new address (<see cref="Show"/>).
    /// </summary>
    protected override void OnParametersSet()
    {
        var parameters = new Dictionary<string, StringValues>
        {
            ["search"] = SearchParameter, ["tag"] = TagParameter, ["sort"] = SortParameter,
            ["page"] = PageParameter, ["pageSize"] = PageSizeParameter, ["trash"] = TrashParameter,
        };
        _addressErrors = new FieldErrors();
        var wanted = PresetRequestReader.ReadQuery(new QueryCollection(parameters), _addressErrors);
        if (wanted == _query)
        {
            return;
        }

        if (wanted.Trash != _query.Trash)
        {
            _selected = [];
        }

        // The table takes a new page or page size from its parameters; other changes need a reload once it has them.
        _reloadAfterRender |= _table is not null && wanted with { Page = _query.Page, PageSize = _query.PageSize } != _query;
        _query = wanted;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_reloadAfterRender)
        {
            _reloadAfterRender = false;
            await _table.ReloadServerData();
        }
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task<TableData<StoredPreset>> Load(TableState state, CancellationToken cancellationToken)
    {
        try
        {
            var query = _query with { Page = state.Page + 1, PageSize = state.PageSize };
            var page = await Presets.SearchAsync(query, cancellationToken);
            _storeError = null;
            // The pager moved, or the table went back to the first page because this one is past the end.
            var shown = state.Page * state.PageSize > page.Total ? query with { Page = 1 } : query;
            if (shown != _query)
            {
                Show(shown, replace: shown.Page == 1 && query.Page != 1);
            }

            return new TableData<StoredPreset> { Items = page.Items, TotalItems = page.Total };
        }
        catch (PresetStoreUnavailableException e)
        {
            _storeError = e.Message;
            return new TableData<StoredPreset> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>
    /// Puts <paramref name="query"/> in the address, as a new history entry unless <paramref name="replace"/>; the change
    /// then arrives through <see cref="OnParametersSet"/> like any other.
    /// </summary>
    private void Show(PresetQuery query, bool replace = false)
    {
        _typing = false;
        Navigation.NavigateTo(QueryHelpers.AddQueryString("/presets", PresetRequestReader.WriteQuery(query)),
            new NavigationOptions { ReplaceHistoryEntry = replace });
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

    /// <summary>One history entry for a run of typing: the first search change adds it, later ones replace it until the field loses focus.</summary>
    private void SearchChanged(string? search)
    {
        var typing = _typing;
        Show(_query with { Search = string.IsNullOrEmpty(search) ? null : search, Page = 1 }, replace: typing);
        _typing = true;
    }

    private void TagChanged(string? tag) => Show(_query with { Tag = tag, Page = 1 });

    private void SortChanged(PresetSort sort) => Show(_query with { Sort = sort, Page = 1 });

    private void ShowTrash(bool trash) => Show(_query with { Trash = trash, Page = 1 });

    private async Task CreateNew() =>
        await Saver.SaveAsNewAsync(new PresetDraft("", "", [], Core.Arguments.ArgumentSet.Empty), editArguments: true);

    private async Task Edit(StoredPreset preset) => await Saver.EditAsync(preset);

    private async Task Duplicate(StoredPreset preset) =>
        await Saver.SaveAsNewAsync(preset.Draft with { Name = $"{preset.Name} (copy)" }, editArguments: true);

    private async Task DuplicateBuiltIn(Preset preset) =>
        await Saver.SaveAsNewAsync(new PresetDraft($"{preset.Name} (copy)", preset.Description, [], preset.Arguments), editArguments: true);

    private Task Delete(StoredPreset preset) => Saver.MoveToTrashAsync(preset);

    private Task Restore(StoredPreset preset) => Saver.RestoreAsync(preset);

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
