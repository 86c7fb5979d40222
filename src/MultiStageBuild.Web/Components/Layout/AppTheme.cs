using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>The app's theme: system fonts (nothing loaded from other hosts) and a calm palette.</summary>
public static class AppTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3f51b5", AppbarBackground = "#283593", Secondary = "#00897b" },
        PaletteDark = new PaletteDark { Primary = "#8c9eff", Secondary = "#4db6ac" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H6 = new H6Typography { FontFamily = SystemFonts, FontWeight = "600" },
        },
    };
}
