using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MultiStageBuild.Web.Security;

/// <summary>
/// Keeps other web sites from acting through a visitor's browser. Changes under <c>/api</c> must be JSON (a form post
/// or a <c>no-cors</c> fetch cannot send that without the browser asking first, and the app grants no one) and must
/// not come from a foreign <c>Origin</c>; <c>/mcp</c> and the Blazor hub refuse a foreign <c>Origin</c> on every
/// request. A request without <c>Origin</c> (curl, an agent, a server) is not a browser's cross-site request.
/// </summary>
internal sealed class CrossSiteRequests(RequestDelegate next, IOptionsMonitor<SecurityOptions> options)
{
    public const string BlazorHubPath = "/_blazor";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isApiChange = request.Path.StartsWithSegments("/api") && IsChange(request.Method);
        var checksOrigin = isApiChange || request.Path.StartsWithSegments(Mcp.McpServerSetup.Path) || request.Path.StartsWithSegments(BlazorHubPath);
        if (checksOrigin && request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsAllowed(request, origin))
        {
            await HttpProblems.ForeignOrigin(origin).ExecuteAsync(context);
            return;
        }

        if (isApiChange && !IsJson(request.ContentType))
        {
            await HttpProblems.UnsupportedMediaType(request.ContentType).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsChange(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method);

    /// <summary>The app's own origin (the Host already passed host filtering) or a configured one.</summary>
    private bool IsAllowed(HttpRequest request, string origin)
    {
        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.CurrentValue.AllowedOrigins.Any(a => string.Equals(origin, a.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c>application/json</c>, in UTF-8 when a charset is named (the body readers read UTF-8 only).</summary>
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
