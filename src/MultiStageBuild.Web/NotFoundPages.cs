using Microsoft.AspNetCore.Diagnostics;

namespace MultiStageBuild.Web;

/// <summary>
/// A browser asking for a page that does not exist gets the app's "Page not found" page (status 404 kept); API,
/// MCP and other machine clients keep the problem details of the status-code pages registered before this.
/// </summary>
public static class NotFoundPages
{
    public const string Path = "/not-found";

    public static IApplicationBuilder UseNotFoundPage(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true)
            .Use((context, next) =>
            {
                if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                return next(context);
            });

    /// <summary>A browser navigating to a page, rather than a client of the API or a script.</summary>
    internal static bool IsPageRequest(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
