using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace MultiStageBuild.Web.Security;

/// <summary>
/// Request bodies are bounded everywhere: Kestrel's limit is <see cref="DefaultBodyLimit"/> unless an endpoint
/// declares its own (<see cref="WithBodyLimit{TBuilder}"/>), and a body that says up front it is larger is refused with
/// a 413 problem before anything reads it. A body that grows past the limit while it is read fails the read, which
/// <see cref="FaultHandler"/> also answers with 413.
/// </summary>
internal static class RequestLimits
{
    public const int DefaultBodyLimit = Api.BoundedBody.DefaultLimit;

    public static IWebHostBuilder LimitRequestBodies(this IWebHostBuilder builder) =>
        builder.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = DefaultBodyLimit);

    /// <summary>Lets the endpoint take bodies up to <paramref name="bytes"/> instead of <see cref="DefaultBodyLimit"/>.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));

    /// <summary>Refuses a declared Content-Length over the endpoint's limit; runs after routing has applied it.</summary>
    public static IApplicationBuilder UseDeclaredLengthCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (context.Request.ContentLength > limit)
            {
                await HttpProblems.TooLarge(limit).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
