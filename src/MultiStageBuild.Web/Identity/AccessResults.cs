using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;
using MultiStageBuild.Web.Security;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// How a refused request is answered. API and MCP clients get problems: 401 with <c>WWW-Authenticate</c> before any
/// work (so an MCP session never starts), 403 naming the role that is missing. A browser on a page is sent to sign in.
/// </summary>
internal sealed class AccessResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !IsMachineRequest(context.Request))
        {
            await _pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = SignInSetup.HasBearer(context.Request) ? SignInSetup.InvalidTokenChallenge : SignInSetup.BearerChallenge;
            await HttpProblems.SignInRequired().ExecuteAsync(context);
            return;
        }

        var role = policy.Requirements.OfType<RoleRequirement>().Select(r => r.Role).FirstOrDefault() ?? AppRoles.Viewer;
        await HttpProblems.RoleRequired(role, AppRoles.Highest(context.User)).ExecuteAsync(context);
    }

    internal static bool IsMachineRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments(Mcp.McpServerSetup.Path);
}
