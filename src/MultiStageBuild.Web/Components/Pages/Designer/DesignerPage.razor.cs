using Microsoft.JSInterop;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>The designer holds the one <see cref="DesignerState"/>; every change renders once and updates the deep link.</summary>
public partial class DesignerPage
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    private DesignerState _state = DesignerState.Blank;
    private RenderResult _result = null!;

    protected override void OnInitialized()
    {
        _state = DesignerState.FromQuery(new Uri(Navigation.Uri).Query, Definition, BuiltInPresets.Find);
        _result = RenderService.Render(Definition, _state.Arguments);
    }

    private Task PickPreset(Preset preset) => Apply(_state.WithPreset(preset, Definition));

    private Task ChangeArgument((string Name, string Value) change) => Apply(_state.WithArgument(change.Name, change.Value));

    private async Task Apply(DesignerState state)
    {
        _state = state;
        _result = RenderService.Render(Definition, state.Arguments);
        // replaceState keeps the deep link current without a Blazor navigation (no re-render, no history entry).
        await JS.InvokeVoidAsync("designer.replaceUrl", state.ToUrl(new Uri(Navigation.Uri).AbsolutePath, Definition));
    }
}
