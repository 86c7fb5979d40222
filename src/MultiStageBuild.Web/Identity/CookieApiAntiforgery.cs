using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using MultiStageBuild.Web.Security;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// A change through the API (an endpoint needing the editor role) made with the sign-in cookie needs an antiforgery token in a header, as the account forms
/// need one in the form; a change made with an API token (<c>Authorization: Bearer</c>) needs none, since no browser
/// sends that on its own. Runs after authorization, so a refused identity hears why first.
/// </summary>
internal sealed class CookieApiAntiforgery(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ApiAccess.NeedsEditor(context.GetEndpoint(), context.Request.Method)
            && context.User.Identity?.IsAuthenticated == true && !SignInSetup.HasBearer(context.Request)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await HttpProblems.AntiforgeryRequired(options.Value.HeaderName ?? "RequestVerificationToken").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
