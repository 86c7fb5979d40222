using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MultiStageBuild.Web.Identity;

/// <summary>Signs in a request that carries <c>Authorization: Bearer</c> with a personal API token.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (auth.Value.Mode == AuthMode.None || !SignInSetup.HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var principal = await Context.RequestServices.GetRequiredService<ApiTokens>().AuthenticateAsync(secret, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The API token is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = SignInSetup.InvalidTokenChallenge;
        return Task.CompletedTask;
    }
}
