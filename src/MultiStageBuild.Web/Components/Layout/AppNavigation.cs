using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>The app's pages, in menu order; a link is current on its own path and the paths below it.</summary>
public static class AppNavigation
{
    public static IReadOnlyList<AppPageLink> Pages { get; } =
    [
        new("/", new(Icons.Material.Filled.Tune), "Designer"),
        new("/presets", new(Icons.Material.Filled.Bookmarks), "Presets"),
        new("/connect", new(Icons.Material.Filled.Hub), "Connect"),
        new("/api", new(Icons.Material.Filled.Api), "API"),
        new("/about", new(Icons.Material.Outlined.Info), "About"),
    ];
}
