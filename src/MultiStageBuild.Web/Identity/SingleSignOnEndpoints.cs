using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Sign-in and sign-out in <see cref="AuthMode.OpenIdConnect"/>. The sign-in page holds one button that goes to the
/// provider, rather than sending every visitor there at once: after signing out, or when the provider's identity
/// has no role here, the page says so instead of bouncing back to a provider that still has a session.
/// </summary>
internal static class SingleSignOnEndpoints
{
    public static RouteGroupBuilder MapSingleSignOn(this RouteGroupBuilder account)
    {
        account.MapGet("/sign-in", SignInForm);
        account.MapPost("/sign-in", SignIn);
        account.MapPost("/sign-out", SignOut);
        return account;
    }

    private static IResult SignInForm(HttpContext context, IOptions<AuthOptions> options, string? returnUrl, string? error)
    {
        var provider = Uri.TryCreate(options.Value.OpenIdConnect.Authority, UriKind.Absolute, out var authority) ? authority.Authority : "the provider";
        var signedIn = context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? $"You are signed in as {name}, whose role ({AppRoles.Highest(context.User) ?? "none"}) does not open that page. An admin maps groups to roles in Auth:OpenIdConnect:Roles."
            : null;
        return AccountEndpoints.WithToken(context, new AccountPage
            {
                Title = "Sign in",
                Intro = $"Sign in with your organisation's account at {provider}.",
                Error = error is { Length: > 0 } ? $"The provider did not sign you in: {error}" : signedIn,
                Action = AccountEndpoints.SignInPath,
                SubmitLabel = "Sign in with single sign-on",
            })
            .Hidden(nameof(AccountForm.ReturnUrl), returnUrl)
            .ToResult();
    }

    private static IResult SignIn([FromForm(Name = nameof(AccountForm.ReturnUrl))] string? returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = AccountEndpoints.LocalOrHome(returnUrl) }, [OpenIdConnectSignIn.Scheme]);

    /// <summary>Signs out here and, when the provider offers it, there too; either way back to the sign-in page.</summary>
    private static async Task<IResult> SignOut(HttpContext context, SignInManager<IdentityUser> signIn, SignInEvents events)
    {
        await events.SignedOutAsync(context, context.User.Identity?.Name);
        var atProvider = context.User.Identity?.IsAuthenticated == true && await OpenIdConnectSignIn.ProviderSignsOutAsync(context);
        if (atProvider)
        {
            // Reads the ID token from the sign-in cookie for its hint, so before the cookie goes.
            await context.SignOutAsync(OpenIdConnectSignIn.Scheme, new AuthenticationProperties { RedirectUri = AccountEndpoints.SignInPath });
        }

        await signIn.SignOutAsync();
        return atProvider ? Results.Empty : Results.LocalRedirect(AccountEndpoints.SignInPath);
    }
}
