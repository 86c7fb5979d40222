namespace MultiStageBuild.Web.Security;

/// <summary>
/// Answers HEAD wherever GET is answered: the request is routed and handled as a GET, and turns back into a HEAD
/// before the response starts, so that Kestrel sends the headers (Content-Length among them) and drops the body.
/// Must run before routing.
/// </summary>
internal sealed class HeadRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Request.Method = HttpMethods.Get;
        context.Response.OnStarting(() =>
        {
            context.Request.Method = HttpMethods.Head;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
