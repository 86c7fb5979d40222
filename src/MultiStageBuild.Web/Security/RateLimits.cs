using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Security;

/// <summary>
/// Requests to the HTTP API and to <c>/mcp</c> are counted per caller in fixed windows: per API token, else per signed-in
/// identity, else per remote address. A caller over its limit gets 429 with <c>Retry-After</c> until its window ends;
/// other callers are not affected.
/// </summary>
public static class RateLimits
{
    public const string PolicyName = "per-caller";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(CallerKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease, cancellationToken);
        });
        return services;
    }

    /// <summary>Whose allowance a request spends.</summary>
    public static string CallerKey(HttpContext context) => context.User switch
    {
        { Identity.IsAuthenticated: true } user when user.FindFirstValue(ApiTokens.TokenIdClaim) is { } token => "token:" + token,
        { Identity.IsAuthenticated: true } user when user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id => "user:" + id,
        _ => "address:" + context.Connection.RemoteIpAddress,
    };

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var window = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.Window;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        await HttpProblems.TooManyRequests(seconds).ExecuteAsync(context);
    }
}
