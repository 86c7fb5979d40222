using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// In <see cref="AuthMode.ReverseProxy"/>, signs in a request as the person the gateway names in its header, only
/// when the connection comes from the gateway's address; from anywhere else the header is ignored, so the request
/// is anonymous and refused.
/// </summary>
internal sealed class ReverseProxyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ReverseProxy";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = auth.Value.ReverseProxy;
        var userName = Request.Headers[settings.UserHeader].ToString().Trim();
        if (auth.Value.Mode != AuthMode.ReverseProxy || userName.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!settings.Trusts(Context.Connection.RemoteIpAddress))
        {
            Logger.LogWarning("Ignored {Header} from {Address}, which is not a known proxy", settings.UserHeader, Context.Connection.RemoteIpAddress);
            return AuthenticateResult.NoResult();
        }

        var role = settings.RoleOf(ReverseProxySettings.Groups(Request.Headers[settings.GroupsHeader].ToString()));
        var members = Context.RequestServices.GetRequiredService<ExternalMembers>();
        var id = members.KnownId(SchemeName, userName, role);
        if (id is null)
        {
            id = (await members.EnsureAsync(Context, SchemeName, userName, userName, role)).Id;
            await Context.RequestServices.GetRequiredService<SignInEvents>().SignedInAsync(Context, userName, AuthMode.ReverseProxy);
        }

        List<Claim> claims = [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, userName)];
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync(
            $"Sign in through the gateway in front of this app: it names you in {auth.Value.ReverseProxy.UserHeader}, which counts only on connections from its address.");
    }
}
