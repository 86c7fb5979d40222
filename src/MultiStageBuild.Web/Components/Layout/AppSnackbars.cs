using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>Short notes at the bottom centre, clear of the preview and the app bar's buttons: two at most, no repeats.</summary>
public static class AppSnackbars
{
    public static void Configure(SnackbarConfiguration snackbars)
    {
        snackbars.PositionClass = Defaults.Classes.Position.BottomCenter;
        snackbars.MaxDisplayedSnackbars = 2;
        snackbars.PreventDuplicates = true;
        snackbars.NewestOnTop = true;
        snackbars.VisibleStateDuration = 3000;
        snackbars.ShowCloseIcon = true;
        snackbars.SnackbarVariant = Variant.Filled;
    }
}
