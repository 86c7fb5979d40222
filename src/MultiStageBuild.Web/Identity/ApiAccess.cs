using Microsoft.AspNetCore.Authorization;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// The roles the HTTP API needs, in one table: reading (every GET, and the POSTs that only render or check) needs
/// viewer; every other call changes presets and needs editor; protecting presets and reading the audit log need admin.
/// </summary>
public static class ApiAccess
{
    private static readonly HashSet<string> ReadingPosts = new(StringComparer.OrdinalIgnoreCase) { "/api/render", "/api/check" };

    private static readonly HashSet<string> AdminRoutes = new(StringComparer.OrdinalIgnoreCase) { "/api/presets/{id}/protection", "/api/audit" };

    /// <summary>Gives every endpoint mapped below <paramref name="builder"/> the role its method and route need.</summary>
    public static TBuilder RequireApiRoles<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            endpoint.Metadata.Add(new AuthorizeAttribute(RoleFor(methods, pattern)));
        });
        return builder;
    }

    /// <summary>The role a call with <paramref name="methods"/> to the route <paramref name="pattern"/> needs.</summary>
    public static string RoleFor(IReadOnlyCollection<string> methods, string pattern)
    {
        // A route template ({id:guid}) and an OpenAPI path ({id}) name the same route.
        var route = "/" + System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), @"\{(\w+):[^}]*\}", "{$1}");
        return AdminRoutes.Contains(route) ? AppRoles.Admin
            : methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m)) || ReadingPosts.Contains(route) ? AppRoles.Viewer
            : AppRoles.Editor;
    }

    /// <summary>Whether a request to <paramref name="endpoint"/> with <paramref name="method"/> changes something, so that it needs editor or more.</summary>
    public static bool NeedsEditor(Endpoint? endpoint, string method) =>
        !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
        && endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is AppRoles.Editor or AppRoles.Admin) == true;
}
