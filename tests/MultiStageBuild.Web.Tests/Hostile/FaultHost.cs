using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// The real app with its log captured and one way to make it fail: <see cref="FaultPath"/> throws past every endpoint,
/// through the app's whole pipeline, as a bug in any endpoint would, and so does any path below it.
/// </summary>
public sealed class FaultHost : KestrelAppHost
{
    public const string FaultPath = "/hostile/fault";
    public const string FaultMessage = "A fault the app did not expect.";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingEndpoint()));
    }

    /// <summary>Runs after the app's own pipeline found no endpoint, inside its exception handling.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path.StartsWithSegments(FaultPath) ? throw new InvalidOperationException(FaultMessage) : Task.CompletedTask);
        };
    }
}
