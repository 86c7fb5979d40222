using Microsoft.Extensions.Options;

namespace MultiStageBuild.Web.Identity;

/// <summary>The <see cref="Actor"/> behind an HTTP request: its name, whether it acts as an admin, the surface and the client's address.</summary>
public static class RequestActors
{
    public static Actor Of(HttpContext context, string name) =>
        new(name, IsAdmin(context), SurfaceOf(context.Request), context.Connection.RemoteIpAddress?.ToString());

    /// <summary>Whether the request acts as an admin: it holds the role, or sign-in is off (one person, who may do everything).</summary>
    public static bool IsAdmin(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Mode == AuthMode.None || AppRoles.Allows(context.User, AppRoles.Admin);

    public static ChangeSurface SurfaceOf(HttpRequest request) =>
        request.Path.StartsWithSegments(Mcp.McpServerSetup.Path) ? ChangeSurface.Mcp
        : request.Path.StartsWithSegments("/api") ? ChangeSurface.Rest
        : ChangeSurface.Page;
}
