using Microsoft.Extensions.Options;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web;

/// <summary>
/// A strict Content-Security-Policy: everything comes from this app. Inline styles stay allowed because
/// MudBlazor sets style attributes; no inline or remote script is needed.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // Single sign-on's sign-in and sign-out forms end at the provider, which form-action must then allow.
        var provider = app.ApplicationServices.GetRequiredService<IOptions<AuthOptions>>().Value.ProviderOrigin();
        var policy = provider is null ? ContentSecurityPolicy : ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {provider}");
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
    }
}
