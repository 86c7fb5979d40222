using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Sign-in, roles and their enforcement. Everything is registered in every mode (the OpenID Connect scheme only in its
/// own) and the mode is read per request, so that <see cref="AuthMode.None"/> behaves as the app did before accounts:
/// every policy passes and no one signs in.
/// </summary>
public static class SignInSetup
{
    public const string Realm = "MultiStageBuild";
    public const string CookieName = "MultiStageBuild.SignIn";
    public const string BearerChallenge = $"Bearer realm=\"{Realm}\"";
    public const string InvalidTokenChallenge = BearerChallenge + ", error=\"invalid_token\"";

    /// <summary>Picks the API token handler for <c>Authorization: Bearer</c>, else the gateway's headers or the sign-in cookie, by mode.</summary>
    private const string CookieOrTokenScheme = "CookieOrToken";

    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResults>();
        services.AddAuthorization(options =>
        {
            foreach (var role in AppRoles.All)
            {
                options.AddPolicy(role, policy => policy.AddRequirements(new RoleRequirement(role)));
            }
        });
        services.AddCascadingAuthenticationState();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrTokenScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrTokenScheme, null, options => options.ForwardDefaultSelector = context =>
                HasBearer(context.Request) ? ApiTokenHandler.SchemeName
                : context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Mode == AuthMode.ReverseProxy ? ReverseProxyHandler.SchemeName
                : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ReverseProxyHandler>(ReverseProxyHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddOpenIdConnectSignIn();
        services.AddIdentityCore<IdentityUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PresetsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = AccountEndpoints.SignInPath;
            cookie.LogoutPath = AccountEndpoints.SignOutPath;
            cookie.AccessDeniedPath = AccountEndpoints.SignInPath;
        });

        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AuthOptions>>((options, auth) => options.ValidationInterval = auth.Value.SessionCheckInterval);
        services.AddDataProtection().SetApplicationName(Realm).PersistKeysToDbContext<PresetsDbContext>();
        // A provider's or gateway's names are whatever it says (spaces, accents); local accounts keep Identity's rules.
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
        {
            if (auth.Value.Mode is AuthMode.OpenIdConnect or AuthMode.ReverseProxy)
            {
                identity.User.AllowedUserNameCharacters = "";
            }
        });
        services.AddScoped<Accounts>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<SignInEvents>();
        services.AddScoped<ExternalMembers>();
        services.AddSingleton<ExternalMemberCache>();
        return builder;
    }

    /// <summary>Authentication, authorization and the API's cookie antiforgery check; after routing, before the endpoints.</summary>
    public static WebApplication UseSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieApiAntiforgery>();
        return app;
    }

    /// <summary>The account pages, in a mode with sign-in; refuses to start on settings the mode cannot use.</summary>
    public static WebApplication MapSignIn(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        if (options.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"Auth:Mode is {options.Mode}, but its settings cannot be used: {string.Join(" ", problems)}");
        }

        if (options.Mode != AuthMode.None)
        {
            app.MapAccountEndpoints(options.Mode);
        }

        return app;
    }

    internal static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
