using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>What a keystroke changes on the designer: the state, its one render, the deep link and the dirty marker.</summary>
public sealed record DesignerView(DesignerState State, RenderResult Result, string DeepLink, bool IsDirty);
