using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using MultiStageBuild.Web.Api;
using Microsoft.JSInterop;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Components.Pages.Presets;

/// <summary>The team's presets: server-side search, tag filter, sort and paging, with every row action and the trash.</summary>
public partial class PresetsPage
{
    /// <summary>The page's route (the @page directive).</summary>
    private const string Path = "/presets";

    /// <summary>How long typing pauses before the search is applied.</summary>
    private static readonly TimeSpan SearchPause = TimeSpan.FromMilliseconds(200);

    private MudTable<StoredPreset> _table = null!;
    private HashSet<StoredPreset> _selected = [];
    private IReadOnlyList<string> _tags = [];
    private PresetQuery _query = new();
    private FieldErrors _addressErrors = new();
    private bool _typing;
    private string? _searchText;
    private CancellationTokenSource? _searchPause;
    private bool _reloadAfterRender;
    private string? _storeError;
    private int _loadedTotal;
    private IDisposable? _subscription;

    /// <summary>The built-ins the search text matches (by name, description or command); none when a tag is chosen, as they have none.</summary>
    private IReadOnlyList<Preset> BuiltIns => _query.Tag is not null ? [] : [.. BuiltInPresets.All.Where(p => string.IsNullOrWhiteSpace(_query.Search)
        || new[] { p.Name, p.Description }.Concat(p.Arguments.Values.Values).Any(t => t.Contains(_query.Search.Trim(), StringComparison.OrdinalIgnoreCase)))];

    private static string DesignerLink(string presetKey) => $"/?{DesignerState.PresetKey}={Uri.EscapeDataString(presetKey)}";

    protected override async Task OnInitializedAsync()
    {
        _subscription = Changes.Subscribe(_ => InvokeAsync(RefreshAsync));
        ReadAddress(Navigation.Uri);
        Navigation.LocationChanged += AddressChanged;
        await LoadTagsAsync();
    }

    /// <summary>
    /// The address is the list's state: search, tag, sort, page, page size and trash are read from it on a visit, a
    /// reload, Back and Forward, with the API's parameter names and rules; each change the user makes writes it (<see cref="Show"/>).
    /// </summary>
    private void ReadAddress(string address)
    {
        _addressErrors = new FieldErrors();
        var query = QueryHelpers.ParseQuery(new Uri(address).Query);
        Apply(PresetRequestReader.ReadQuery(new QueryCollection(query), _addressErrors));
        _searchPause?.Cancel();
        _searchText = _query.Search;
    }

    /// <summary>Back and Forward between the list's own entries reach the page as a location change to the same page.</summary>
    private void AddressChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath == Path)
        {
            _ = InvokeAsync(() =>
            {
                ReadAddress(e.Location);
                StateHasChanged();
            });
        }
    }

    private void Apply(PresetQuery query)
    {
        if (query == _query)
        {
            return;
        }

        if (query.Trash != _query.Trash)
        {
            _selected = [];
        }

        // The table takes a new page or page size from its parameters; other changes need a reload once it has them.
        _reloadAfterRender |= _table is not null && query with { Page = _query.Page, PageSize = _query.PageSize } != _query;
        _query = query;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Back or Forward pressed while the page was still starting moved the browser without telling the circuit,
            // which began at the address before: the list follows the address the browser shows.
            var shown = await JS.InvokeAsync<string>("designer.address");
            if (shown != Navigation.Uri && new Uri(shown).AbsolutePath == Path)
            {
                ReadAddress(shown);
                StateHasChanged();
            }
        }

        if (_reloadAfterRender)
        {
            _reloadAfterRender = false;
            await _table.ReloadServerData();
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _searchPause?.Cancel();
        Navigation.LocationChanged -= AddressChanged;
    }

    /// <summary>Reads the page the table asks for; the address is written only where the user makes a choice.</summary>
    private async Task<TableData<StoredPreset>> Load(TableState state, CancellationToken cancellationToken)
    {
        try
        {
            var page = await Presets.SearchAsync(_query with { Page = state.Page + 1, PageSize = state.PageSize }, cancellationToken);
            _storeError = null;
            _loadedTotal = page.Total;
            return new TableData<StoredPreset> { Items = page.Items, TotalItems = page.Total };
        }
        catch (PresetStoreUnavailableException e)
        {
            _storeError = e.Message;
            return new TableData<StoredPreset> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>
    /// The pager moved, or the table went back to the first page because the address named one past the end: that
    /// correction replaces the address rather than adding an entry, so Back does not return to the empty page.
    /// </summary>
    private Task PageChanged(int pageIndex)
    {
        var pastTheEnd = pageIndex == 0 && (_query.Page - 1) * _query.PageSize > _loadedTotal;
        return Show(_query with { Page = pageIndex + 1 }, replace: pastTheEnd);
    }

    private Task PageSizeChanged(int pageSize) => Show(_query with { PageSize = pageSize, Page = 1 });

    /// <summary>
    /// Shows <paramref name="query"/> and puts it in the address, as a new history entry unless <paramref name="replace"/>.
    /// The address is written by the browser's history API, not <see cref="NavigationManager"/>: a navigation would
    /// dismiss a dialog opened meanwhile, such as one from a row's action clicked while a search was applied.
    /// </summary>
    private async Task Show(PresetQuery query, bool replace = false)
    {
        _typing = false;
        if (query == _query)
        {
            return;
        }

        Apply(query);
        await JS.InvokeVoidAsync("designer.showAddress", QueryHelpers.AddQueryString(Path, PresetRequestReader.WriteQuery(query)), replace);
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

    /// <summary>
    /// Keeps what is typed in the page at once, so a render meanwhile (the tags or a page arriving) cannot drop it, and
    /// applies it once typing pauses.
    /// </summary>
    private async Task SearchTyped(string? text)
    {
        _searchText = text;
        _searchPause?.Cancel();
        var pause = _searchPause = new CancellationTokenSource();
        try
        {
            await Task.Delay(SearchPause, pause.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await SearchChanged(text);
    }

    /// <summary>One history entry for a run of typing: the first search change adds it, later ones replace it until the field loses focus.</summary>
    private async Task SearchChanged(string? search)
    {
        var typing = _typing;
        await Show(_query with { Search = string.IsNullOrEmpty(search) ? null : search, Page = 1 }, replace: typing);
        _typing = true;
    }

    private Task TagChanged(string? tag) => Show(_query with { Tag = tag, Page = 1 });

    private Task SortChanged(PresetSort sort) => Show(_query with { Sort = sort, Page = 1 });

    private Task ShowTrash(bool trash) => Show(_query with { Trash = trash, Page = 1 });

    private async Task CreateNew() =>
        await Saver.SaveAsNewAsync(new PresetDraft("", "", [], Core.Arguments.ArgumentSet.Empty), editArguments: true);

    private async Task Edit(StoredPreset preset) => await Saver.EditAsync(preset);

    private async Task Duplicate(StoredPreset preset) =>
        await Saver.SaveAsNewAsync(preset.Draft with { Name = $"{preset.Name} (copy)" }, editArguments: true);

    private async Task DuplicateBuiltIn(Preset preset) =>
        await Saver.SaveAsNewAsync(new PresetDraft($"{preset.Name} (copy)", preset.Description, [], preset.Arguments), editArguments: true);

    private Task Delete(StoredPreset preset) => Saver.MoveToTrashAsync(preset);

    private Task Restore(StoredPreset preset) => Saver.RestoreAsync(preset);

    private Task SetProtected(StoredPreset preset, bool isProtected) => Saver.SetProtectedAsync(preset, isProtected);

    /// <summary>Why a protected preset's buttons are disabled, said beside its name to whoever is no admin.</summary>
    private const string ProtectedNote = "Protected: only an admin can change, trash or restore it.";

    /// <summary>Whether <paramref name="preset"/> is protected from the person on the page.</summary>
    private bool Locked(StoredPreset preset) => preset.IsProtected && !Access.IsAdmin;

    private string LockedTitle(StoredPreset preset, string action) => Locked(preset) ? $"{action}: {ProtectedNote}" : action;

    private static string ProtectedNoteId(StoredPreset preset) => $"protected-{preset.Id:N}";

    private string? LockedNoteId(StoredPreset preset) => Locked(preset) ? ProtectedNoteId(preset) : null;

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
