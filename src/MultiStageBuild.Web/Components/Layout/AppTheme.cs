using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>The app's theme: system fonts (nothing loaded from other hosts) and a calm palette.</summary>
public static class AppTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    // Every colour reaches 4.5:1 as text on the surfaces and tints it is used on, and so does the text on it
    // (WCAG AA, checked by the accessibility tests): MudBlazor's defaults give 2.2:1 to 3.7:1 for several.
    private static readonly Accents LightAccents = new("#3f51b5", "#00695c", "#1565c0", "#2e7d32", "#a84f00", "#c62828");

    // The dark theme's accents are light, so the text on them is dark.
    private static readonly Accents DarkAccents = new("#a3b0ff", "#80cbc4", "#90caf9", "#66bb6a", "#ffb74d", "#ff8a80", ContrastText: "rgba(0,0,0,0.87)");

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = LightAccents.Paint(new PaletteLight { AppbarBackground = "#283593", TextSecondary = "rgba(0,0,0,0.65)" }),
        // Text alerts write in the "darken" shade on a tint of the dialog's lighter surface: on dark it must be lighter.
        PaletteDark = DarkAccents.Paint(new PaletteDark { TextSecondary = "rgba(255,255,255,0.70)", SuccessDarken = "#81c784", ErrorDarken = "#ff9e97" }),
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            H6 = new H6Typography { FontFamily = SystemFonts, FontWeight = "600" },
        },
    };

    /// <summary>One palette's accent colours, and the text on them where MudBlazor's default does not do.</summary>
    private sealed record Accents(string Primary, string Secondary, string Info, string Success, string Warning, string Error, string? ContrastText = null)
    {
        public T Paint<T>(T palette) where T : Palette
        {
            palette.Primary = Primary;
            palette.Secondary = Secondary;
            palette.Info = Info;
            palette.Success = Success;
            palette.Warning = Warning;
            palette.Error = Error;
            if (ContrastText is { } text)
            {
                palette.PrimaryContrastText = palette.SecondaryContrastText = palette.InfoContrastText =
                    palette.SuccessContrastText = palette.WarningContrastText = palette.ErrorContrastText = text;
            }

            return palette;
        }
    }
}
