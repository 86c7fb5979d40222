using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Web.Components.Layout;
using MultiStageBuild.Web.Components.Shortcuts;

namespace MultiStageBuild.Web.Tests.Components;

public static class TestServices
{
    /// <summary>What every designer component needs under bUnit: loose JS interop, MudBlazor without transitions, an interactive renderer.</summary>
    public static BunitContext AddTestServices(this BunitContext context)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices(options =>
        {
            AppSnackbars.Configure(options.SnackbarConfiguration);
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.Duration = TimeSpan.Zero;
            options.PopoverOptions.Delay = TimeSpan.Zero;
        });
        context.Services.AddScoped<PageShortcuts>();
        context.SetRendererInfo(new RendererInfo("Server", true));
        return context;
    }
}
