namespace MultiStageBuild.Web.Security;

/// <summary>
/// The HTTP layer's defences in one place: faults answered as faults, bounded request bodies, HEAD wherever GET is,
/// and no writes or MCP and circuit traffic from other sites. Which Host names the app answers is
/// <c>AllowedHosts</c> in the settings (loopback names by default).
/// </summary>
public static class HttpHardening
{
    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section));
        builder.Services.AddExceptionHandler<FaultHandler>();
        builder.WebHost.LimitRequestBodies();
        return builder;
    }

    /// <summary>Goes first in the pipeline: it also places routing, after the HEAD rewrite that routing must see.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // FaultHandler logs what it answers, once; nothing else is left for the middleware to handle.
            SuppressDiagnosticsCallback = context => context.ExceptionHandledBy == Microsoft.AspNetCore.Diagnostics.ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseMiddleware<HeadRequests>();
        app.UseRouting();
        app.UseDeclaredLengthCheck();
        app.UseMiddleware<CrossSiteRequests>();
        return app;
    }
}
