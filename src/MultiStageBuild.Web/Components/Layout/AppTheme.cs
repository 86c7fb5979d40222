using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>The app's theme: system fonts (nothing loaded from other hosts) and a calm palette.</summary>
public static class AppTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        // Every colour reaches 4.5:1 as text on the surfaces and tints it is used on, and so does the text on it
        // (WCAG AA, checked by the accessibility tests): MudBlazor's defaults give 2.2:1 to 3.7:1 for several.
        PaletteLight = new PaletteLight
        {
            Primary = "#3f51b5",
            AppbarBackground = "#283593",
            Secondary = "#00695c",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84f00",
            Error = "#c62828",
            TextSecondary = "rgba(0,0,0,0.65)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a3b0ff",
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            Secondary = "#80cbc4",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            Info = "#90caf9",
            InfoContrastText = "rgba(0,0,0,0.87)",
            Success = "#66bb6a",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            Warning = "#ffb74d",
            WarningContrastText = "rgba(0,0,0,0.87)",
            Error = "#ff8a80",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(255,255,255,0.70)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H6 = new H6Typography { FontFamily = SystemFonts, FontWeight = "600" },
        },
    };
}
