using MudBlazor;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// The check every page write passes first: the buttons are not shown to a viewer, and a shortcut that still reaches
/// a write is refused with the reason.
/// </summary>
public static class EditGate
{
    /// <summary>True (and says why) when the signed-in user may not change presets.</summary>
    public static bool RefusesEdit(this UserAccess access, ISnackbar snackbar)
    {
        if (access.CanEdit)
        {
            return false;
        }

        snackbar.Add(access.Refusal(AppRoles.Editor), Severity.Warning);
        return true;
    }
}
