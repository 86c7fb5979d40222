using Bunit;
using MudBlazor;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class PresetPickerTests : BunitContext
{
    private readonly List<string?> _searches = [];

    public PresetPickerTests() => this.AddTestServices();

    [Fact]
    public void ShowsTheSelectedPresetByName()
    {
        var picker = RenderPicker(selected: BuiltInPresets.Rust);

        Assert.Equal("Rust", picker.Find("input#preset-picker").GetAttribute("value"));
    }

    [Fact]
    public void StaysPlainMarkupUntilFirstUsed()
    {
        var picker = RenderPicker(selected: BuiltInPresets.Rust);

        Assert.True(picker.Find("input#preset-picker").HasAttribute("readonly"));
        Assert.Empty(picker.FindComponents<MudAutocomplete<Preset>>());

        picker.Find("input#preset-picker").Focus();

        picker.WaitForAssertion(() => Assert.Single(picker.FindComponents<MudAutocomplete<Preset>>()));
    }

    [Fact]
    public void ListsTheBuiltInPresetsWithTheirDescriptions()
    {
        var popovers = Render<MudPopoverProvider>();
        var picker = RenderPicker();

        picker.Find("input#preset-picker").Focus();

        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll(".preset-option").Count));
        var options = popovers.FindAll(".preset-option").Select(o => o.TextContent).ToList();
        foreach (var (option, preset) in options.Zip(BuiltInPresets.All))
        {
            Assert.Contains(preset.Name, option);
            Assert.Contains(preset.Description, option);
        }
    }

    [Fact]
    public void TypingSearchesWithTheTypedText()
    {
        var popovers = Render<MudPopoverProvider>();
        var picker = RenderPicker();

        picker.Find("input#preset-picker").Focus();
        picker.WaitForAssertion(() => Assert.False(picker.Find("input#preset-picker").HasAttribute("readonly")));
        picker.Find("input#preset-picker").Input("poe");

        popovers.WaitForAssertion(() => Assert.Contains("Poetry", Assert.Single(popovers.FindAll(".preset-option")).TextContent));
        Assert.Contains("poe", _searches);
    }

    [Fact]
    public void ChoosingPoetryRaisesSelectedChanged()
    {
        var chosen = new List<Preset>();
        var popovers = Render<MudPopoverProvider>();
        var picker = RenderPicker(selectedChanged: chosen.Add);

        picker.Find("input#preset-picker").Focus();
        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll(".mud-list-item").Count));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.Contains("Poetry", StringComparison.Ordinal)).Click();

        picker.WaitForAssertion(() => Assert.Same(BuiltInPresets.Poetry, Assert.Single(chosen)));
    }

    /// <summary>Searches the built-ins by name, as the page does before it adds the team's presets.</summary>
    private Task<IEnumerable<Preset>> SearchBuiltIns(string? text, CancellationToken cancellationToken)
    {
        _searches.Add(text);
        return Task.FromResult(BuiltInPresets.All.Where(p => string.IsNullOrWhiteSpace(text) || p.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    private IRenderedComponent<PresetPicker> RenderPicker(Preset? selected = null, Action<Preset>? selectedChanged = null) =>
        Render<PresetPicker>(p => p
            .Add(c => c.Search, SearchBuiltIns)
            .Add(c => c.Selected, selected)
            .Add(c => c.SelectedChanged, selectedChanged ?? (_ => { })));
}
