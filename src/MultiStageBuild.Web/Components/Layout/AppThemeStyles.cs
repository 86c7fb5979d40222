using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace MultiStageBuild.Web.Components.Layout;

/// <summary>
/// The app theme's CSS exactly as <see cref="MudThemeProvider"/> writes it, rendered once per process. In the layout,
/// MudThemeProvider built the same 12 KB style again in every circuit and kept two copies of it (25 KB each) there.
/// </summary>
public sealed class AppThemeStyles(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly Lazy<Task<(string Light, string Dark)>> _styles = new(() => RenderAsync(scopes, loggers));

    /// <summary>The light theme's styles: the page's head carries them (static HTML, in no circuit).</summary>
    public async Task<string> LightAsync() => (await _styles.Value).Light;

    /// <summary>The dark theme's styles: the layout adds them after the light ones while dark mode is on.</summary>
    public async Task<string> DarkAsync() => (await _styles.Value).Dark;

    private static async Task<(string, string)> RenderAsync(IServiceScopeFactory scopes, ILoggerFactory loggers)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () => (await RenderAsync(renderer, dark: false), await RenderAsync(renderer, dark: true)));
    }

    private static async Task<string> RenderAsync(HtmlRenderer renderer, bool dark)
    {
        var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(MudThemeProvider.Theme)] = AppTheme.Theme,
            [nameof(MudThemeProvider.IsDarkMode)] = dark,
        }));
        return output.ToHtmlString();
    }
}
