using Microsoft.AspNetCore.Components;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>A page the app bar, the menu drawer and the command palette offer.</summary>
public sealed record AppPageLink(string Href, MarkupString Icon, string Label);
