using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace MultiStageBuild.Web.Security;

/// <summary>
/// Answers what escapes an endpoint. A request Kestrel refused while it was being read (a body over the limit, a
/// truncated body) keeps its own 4xx status; anything else is a 500 logged once with a trace id that the answer names:
/// a problem for API and MCP clients, a short page for a browser that navigated to a page.
/// </summary>
internal sealed partial class FaultHandler(ILogger<FaultHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted || (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            return false;
        }

        if (exception is BadHttpRequestException bad)
        {
            context.Response.StatusCode = bad.StatusCode;
            var refused = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? HttpProblems.TooLarge(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)
                : HttpProblems.BadRequest(bad.Message);
            await refused.ExecuteAsync(context);
            return true;
        }

        var traceId = HttpProblems.TraceId(context);
        LogFault(logger, exception, InputMessages.Quote(context.Request.Method), InputMessages.Quote(context.Request.Path.Value ?? ""), traceId);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (NotFoundPages.IsPageRequest(context))
        {
            await WritePageAsync(context.Response, traceId);
        }
        else
        {
            await HttpProblems.Fault(traceId).ExecuteAsync(context);
        }

        return true;
    }

    private static Task WritePageAsync(HttpResponse response, string traceId)
    {
        response.ContentType = "text/html; charset=utf-8";
        response.Headers[HeaderNames.CacheControl] = "no-store";
        var id = WebUtility.HtmlEncode(traceId);
        return response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Something went wrong · MultiStageBuild</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
            <h1>Something went wrong</h1>
            <p>The server could not show this page. Your saved presets are not affected by this error.</p>
            <p>If it happens again, give the operator this trace id: <code data-trace-id>{id}</code></p>
            <p><a href="/">Back to the designer</a></p>
            </body>
            </html>
            """);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled fault answering {Method} {Path}; trace id {TraceId}.")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, string path, string traceId);
}
