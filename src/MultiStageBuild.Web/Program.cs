using MudBlazor.Services;
using MultiStageBuild.Web;
using MultiStageBuild.Web.Api;
using MultiStageBuild.Web.Components;
using MultiStageBuild.Web.Components.Layout;
using MultiStageBuild.Web.Data;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Mcp;
using MultiStageBuild.Web.Security;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.WebHost.UseStaticWebAssets();
#if !DEBUG
// A Release build serves its static assets as a published app does: fingerprinted routes immutable, br/gzip negotiated.
// Otherwise ASP.NET Core watches a build's files for edits: it answers no-cache and, misreading sub-second timestamps
// as edits, re-sends every file as uncompressed "gzip". Debug builds (plain dotnet run) keep that live reloading.
builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
#endif

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices(options => AppSnackbars.Configure(options.SnackbarConfiguration));
builder.Services.AddSingleton<AppThemeStyles>(); // the theme's CSS, rendered once for every page and circuit
builder.Services.AddProblemDetails();
builder.Services.AddApiJson();
builder.Services.AddDesigner();
builder.Services.AddPresetStore(builder.Configuration);
builder.Services.AddPresetMcpServer();
builder.Services.AddApiDocument();
builder.AddHttpHardening();
builder.AddSignIn();
builder.Services.AddRateLimits();

var app = builder.Build();
await app.Services.InitializePresetStoreAsync();

app.UseHttpHardening();
app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseNotFoundPage();
app.UseSignIn();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets();
var api = app.MapGroup("").RequireApiRoles().RequireRateLimiting(RateLimits.PolicyName);
api.MapRenderEndpoints();
api.MapPresetEndpoints();
app.MapPresetMcp().RequireAuthorization(AppRoles.Viewer).RequireRateLimiting(RateLimits.PolicyName);
app.MapSignIn();
app.MapOpenApi();
app.MapHealthChecks("/healthz", new() { ResponseWriter = PresetStoreHealthCheck.WriteJsonAsync });
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization(AppRoles.Viewer);

app.Run();

/// <summary>Visible to the test hosts.</summary>
public partial class Program;
