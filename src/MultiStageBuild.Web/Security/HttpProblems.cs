using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MultiStageBuild.Web.Api;

namespace MultiStageBuild.Web.Security;

/// <summary>The problem responses the HTTP layer answers itself, before or around any endpoint.</summary>
internal static class HttpProblems
{
    public const string TooLargeType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14";

    public static ProblemHttpResult TooLarge(long? limit) => TypedResults.Problem(new ProblemDetails
    {
        Type = TooLargeType,
        Title = "The body is too large",
        Detail = limit is { } bytes ? $"This endpoint takes a body of at most {BoundedBody.SizeLabel((int)Math.Min(bytes, int.MaxValue))}." : "The body is larger than this endpoint takes.",
        Status = StatusCodes.Status413PayloadTooLarge,
    });

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        title: "The body must be JSON",
        detail: $"Send Content-Type: application/json (UTF-8) with every change, not {(string.IsNullOrEmpty(contentType) ? "no Content-Type" : InputMessages.Quote(contentType))}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static ProblemHttpResult ForeignOrigin(string origin) => TypedResults.Problem(
        title: "Requests from other sites are refused",
        detail: $"The origin {InputMessages.Quote(origin)} is neither this app's nor one of Security:AllowedOrigins.",
        statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult SignInRequired() => TypedResults.Problem(
        title: "Sign-in required",
        detail: "Send Authorization: Bearer with an API token (made on the Tokens page), or sign in.",
        statusCode: StatusCodes.Status401Unauthorized);

    public static ProblemHttpResult RoleRequired(string role, string? held) => TypedResults.Problem(
        title: $"The {role} role is required",
        detail: held is null
            ? $"This needs the {role} role; this identity has no role. Ask an admin for one."
            : $"This needs the {role} role (or a higher one); this identity acts as {held}. Ask an admin, or use a token of wider scope.",
        statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["requiredRole"] = role });

    public static ProblemHttpResult AntiforgeryRequired(string headerName) => TypedResults.Problem(
        title: "The antiforgery token is missing or not valid",
        detail: $"A change made with the sign-in cookie needs the token from GET /account/antiforgery in the {headerName} header; API tokens (Authorization: Bearer) need none.",
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult TooManyRequests(int retryAfterSeconds) => TypedResults.Problem(
        title: "Too many requests",
        detail: $"This caller has used its requests for now; try again in {retryAfterSeconds} s (Retry-After). The limit is RateLimits:PermitLimit per RateLimits:Window, per API token, signed-in identity or address.",
        statusCode: StatusCodes.Status429TooManyRequests,
        extensions: new Dictionary<string, object?> { ["retryAfter"] = retryAfterSeconds });

    public static ProblemHttpResult BadRequest(string message) => TypedResults.Problem(
        title: "The request is not valid",
        detail: message,
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult Fault(string traceId) => TypedResults.Problem(
        title: "Something went wrong on the server",
        detail: $"The request failed unexpectedly. The server's log has the details under trace id {traceId}.",
        statusCode: StatusCodes.Status500InternalServerError,
        extensions: new Dictionary<string, object?> { ["traceId"] = traceId });

    /// <summary>The id that ties a response to its log entries: the W3C trace id when tracing, else the connection's request id.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;
}
