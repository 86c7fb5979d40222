using Microsoft.JSInterop;
using MudBlazor;

namespace MultiStageBuild.Web.Components.Shared;

internal static class Clipboard
{
    /// <summary>Copies <paramref name="text"/> and says so; <c>false</c> when the browser refused the clipboard.</summary>
    public static async Task<bool> CopyAsync(this IJSRuntime js, ISnackbar snackbar, string text, string what)
    {
        var copied = await js.InvokeAsync<bool>("designer.copyText", text);
        if (copied)
        {
            snackbar.Add($"Copied {what}", Severity.Success);
        }

        return copied;
    }
}
