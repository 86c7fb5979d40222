using MudBlazor.Services;
using MultiStageBuild.Web;
using MultiStageBuild.Web.Api;
using MultiStageBuild.Web.Components;
using MultiStageBuild.Web.Data;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddProblemDetails();
builder.Services.AddDesigner(builder.Configuration);
builder.Services.AddPresetStore(builder.Configuration);

var app = builder.Build();
await app.Services.InitializePresetStoreAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRenderEndpoints();
app.MapPresetEndpoints();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to the test hosts.</summary>
public partial class Program;
