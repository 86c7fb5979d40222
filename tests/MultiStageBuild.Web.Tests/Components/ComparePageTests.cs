using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Pages.Presets;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>The compare page against the real repository: what the address names, and what the pickers find.</summary>
public sealed class ComparePageTests : PresetStoreContext
{
    [Fact]
    public async Task ComparesTheBuiltInAndTheSavedPresetTheAddressNames()
    {
        var shop = await SeedAsync("Shop", install: "uv sync");

        var page = Open($"left=python&right={shop.Id}");

        page.WaitForAssertion(() => Assert.Contains("uv sync", page.Find("tr[data-field='install_cmd']").TextContent));
        Assert.Contains("field-changed", page.Find("tr[data-field='install_cmd']").ClassName);
        Assert.Equal(["Field", "Python package", "Shop"], page.FindAll("thead th").Select(h => h.TextContent));
        Assert.Equal("Python package", page.Find("input#compare-left").GetAttribute("value"));
    }

    [Fact]
    public async Task APickerFindsSavedPresetsThroughTheStoresSearch()
    {
        await SeedAsync("Shop", install: "uv sync");
        await SeedAsync("Docs", install: "pip install mkdocs");
        var popovers = Render<MudPopoverProvider>();
        var page = Open("left=python");

        page.Find("input#compare-right").Input("sho");

        popovers.WaitForAssertion(() => Assert.Equal(["Shop"], popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())));
        popovers.Find(".mud-list-item").Click();
        page.WaitForAssertion(() => Assert.Contains("uv sync", page.Find("tr[data-field='install_cmd']").TextContent));
    }

    [Fact]
    public void AnAddressNamingNoPresetShowsNoComparison()
    {
        var page = Open($"left=python&right={Guid.NewGuid():N}");

        Assert.Empty(page.FindAll("tr[data-field]"));
    }

    private IRenderedComponent<ComparePage> Open(string query)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/presets/compare?{query}");
        return Render<ComparePage>();
    }

    private async Task<StoredPreset> SeedAsync(string name, string install)
    {
        var draft = new PresetDraft(name, "", [], ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.InstallCommand, install));
        var saved = await Presets.CreateAsync(draft, "ada", Ct);
        return Assert.IsType<StoredPreset>(saved.Preset);
    }
}
