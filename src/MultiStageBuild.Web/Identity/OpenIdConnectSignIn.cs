using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// <see cref="AuthMode.OpenIdConnect"/>: the provider signs people in with the authorization code flow and PKCE; on
/// return the person becomes (or is found as) a member with the role their claims give, and is signed in with the
/// app's own cookie, as a local account is.
/// </summary>
internal static class OpenIdConnectSignIn
{
    public const string Scheme = "OpenIdConnect";

    public static IServiceCollection AddOpenIdConnectSignIn(this IServiceCollection services)
    {
        // The scheme exists only in this mode: its handler looks at every request and cannot start unconfigured.
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<AuthOptions>>((authentication, auth) =>
        {
            if (auth.Value.Mode == AuthMode.OpenIdConnect)
            {
                authentication.AddScheme<OpenIdConnectHandler>(Scheme, "Single sign-on");
            }
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddTransient<OpenIdConnectHandler>();
        services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<AuthOptions>>((oidc, auth) => Configure(oidc, auth.Value.OpenIdConnect));
        return services;
    }

    /// <summary>Where the provider ends its own session, when it offers that (<c>end_session_endpoint</c>).</summary>
    public static async Task<bool> ProviderSignsOutAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Scheme);
        try
        {
            var configuration = options.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(context.RequestAborted) : null;
            return !string.IsNullOrEmpty(configuration?.EndSessionEndpoint);
        }
        catch (InvalidOperationException)
        {
            // The provider cannot be reached: the local sign-out still happens.
            return false;
        }
    }

    private static void Configure(OpenIdConnectOptions oidc, OpenIdConnectSettings settings)
    {
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.SaveTokens = true; // the ID token is the hint the provider's sign-out asks for
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.MapInboundClaims = false;
        oidc.SignInScheme = IdentityConstants.ApplicationScheme;
        oidc.SignOutScheme = IdentityConstants.ApplicationScheme;
        oidc.Scope.Clear();
        foreach (var scope in settings.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Prepend("openid").Distinct())
        {
            oidc.Scope.Add(scope);
        }

        foreach (var claim in settings.NameClaims)
        {
            oidc.ClaimActions.MapUniqueJsonKey(claim, claim);
        }

        foreach (var claim in new[] { settings.GroupsClaim, settings.RoleClaim }.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct())
        {
            oidc.ClaimActions.MapJsonKey(claim!, claim!);
        }

        // These come back on the provider's redirect, a top-level GET, so Lax is enough; Secure whenever the app is on HTTPS.
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        oidc.Events.OnTicketReceived = context => SignInMemberAsync(context, settings);
        oidc.Events.OnRemoteFailure = context => RefuseAsync(context, context.Failure?.Message ?? "The provider did not sign you in.", userName: null);
    }

    private static async Task SignInMemberAsync(TicketReceivedContext context, OpenIdConnectSettings settings)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal!;
        if (principal.FindFirstValue("sub") is not { Length: > 0 } subject)
        {
            await RefuseAsync(context, "The provider's answer names no subject (sub).", userName: null);
            return;
        }

        var userName = settings.NameClaims.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? subject;
        var role = settings.RoleOf(Values(principal, settings.GroupsClaim), string.IsNullOrWhiteSpace(settings.RoleClaim) ? null : Values(principal, settings.RoleClaim));
        IdentityUser member;
        try
        {
            member = await services.GetRequiredService<ExternalMembers>().EnsureAsync(context.HttpContext, Scheme, subject, userName, role);
        }
        catch (InvalidOperationException failure)
        {
            await RefuseAsync(context, failure.Message, userName);
            return;
        }

        context.Principal = await services.GetRequiredService<SignInManager<IdentityUser>>().CreateUserPrincipalAsync(member);
        await services.GetRequiredService<SignInEvents>().SignedInAsync(context.HttpContext, member.UserName ?? userName, AuthMode.OpenIdConnect);
    }

    /// <summary>Back to the sign-in page, which shows <paramref name="reason"/>; nobody is signed in.</summary>
    private static async Task RefuseAsync(HandleRequestContext<RemoteAuthenticationOptions> context, string reason, string? userName)
    {
        await context.HttpContext.RequestServices.GetRequiredService<SignInEvents>().SignInFailedAsync(context.HttpContext, userName, reason);
        context.Response.Redirect($"{AccountEndpoints.SignInPath}?error={Uri.EscapeDataString(reason)}");
        context.HandleResponse();
    }

    private static IEnumerable<string> Values(ClaimsPrincipal principal, string claimType) =>
        principal.FindAll(claimType).Select(c => c.Value);
}
