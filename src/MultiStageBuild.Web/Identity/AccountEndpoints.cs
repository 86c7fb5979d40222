using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Signing in and out, the first account and invitations under <c>/account</c> (single sign-on has its own sign-in
/// and sign-out there: <see cref="SingleSignOnEndpoints"/>). Every form carries an antiforgery token, which the
/// antiforgery middleware checks on each post.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string SignOutEverywherePath = "/account/sign-out-everywhere";
    public const string SetupPath = "/account/setup";
    public const string InvitationPath = "/account/invitation";
    public const string AntiforgeryPath = "/account/antiforgery";

    private const string Home = "/";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app, AuthMode mode)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        if (mode == AuthMode.Local)
        {
            account.MapGet("/sign-in", SignInForm);
            account.MapPost("/sign-in", SignIn);
            account.MapPost("/sign-out", SignOut);
            account.MapPost("/sign-out-everywhere", SignOutEverywhere);
            account.MapGet("/setup", SetupForm);
            account.MapPost("/setup", Setup);
            account.MapGet("/invitation/{code}", InvitationForm);
            account.MapPost("/invitation/{code}", AcceptInvitation);
        }
        else if (mode == AuthMode.OpenIdConnect)
        {
            account.MapSingleSignOn();
            account.MapPost("/sign-out-everywhere", SignOutEverywhere);
        }

        account.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
        });
        return app;
    }

    /// <summary>Where a page that needs sign-in sends the browser.</summary>
    public static string SignInUrl(string returnUrl) => $"{SignInPath}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static async Task<IResult> SignInForm(HttpContext context, Accounts accounts, string? returnUrl, CancellationToken cancellationToken) =>
        await accounts.AnyAsync(cancellationToken) ? SignInPage(context, returnUrl, error: null) : Results.Redirect(SetupPath);

    private static async Task<IResult> SignIn(HttpContext context, [FromForm] AccountForm form, SignInManager<IdentityUser> signIn, SignInEvents events)
    {
        var (userName, password) = (form.UserName?.Trim() ?? "", form.Password ?? "");
        var result = userName.Length == 0 || password.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await events.SignedInAsync(context, userName, AuthMode.Local);
            return Results.LocalRedirect(LocalOrHome(form.ReturnUrl));
        }

        var error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a few minutes."
            : result.IsNotAllowed ? "This account may not sign in." : "The name or the password is wrong.";
        await events.SignInFailedAsync(context, userName, error);
        return SignInPage(context, form.ReturnUrl, error, userName, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SignOut(HttpContext context, SignInManager<IdentityUser> signIn, SignInEvents events)
    {
        await events.SignedOutAsync(context, context.User.Identity?.Name);
        await signIn.SignOutAsync();
        return Results.LocalRedirect(SignInPath);
    }

    /// <summary>A new security stamp ends every cookie of the account at its next check (<see cref="AuthOptions.SessionCheckInterval"/>).</summary>
    private static async Task<IResult> SignOutEverywhere(HttpContext context, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect(SignInPath);
    }

    private static async Task<IResult> SetupForm(HttpContext context, Accounts accounts, CancellationToken cancellationToken) =>
        await accounts.AnyAsync(cancellationToken) ? Results.Redirect(SignInPath) : SetupPage(context, error: null);

    private static async Task<IResult> Setup(HttpContext context, [FromForm] AccountForm form, Accounts accounts, SignInManager<IdentityUser> signIn, CancellationToken cancellationToken)
    {
        var userName = form.UserName?.Trim() ?? "";
        var created = await accounts.CreateFirstAsync(userName, form.Password ?? "", cancellationToken);
        if (!created.Succeeded)
        {
            return SetupPage(context, Describe(created), userName, StatusCodes.Status400BadRequest);
        }

        await signIn.PasswordSignInAsync(userName, form.Password!, isPersistent: false, lockoutOnFailure: false);
        return Results.LocalRedirect(Home);
    }

    private static async Task<IResult> InvitationForm(HttpContext context, string code, Accounts accounts, CancellationToken cancellationToken) =>
        await accounts.FindInvitationAsync(code, cancellationToken) is { } invitation
            ? InvitationPage(context, code, invitation.Role, error: null)
            : InvitationGone();

    private static async Task<IResult> AcceptInvitation(
        HttpContext context, string code, [FromForm] AccountForm form, Accounts accounts, SignInManager<IdentityUser> signIn, CancellationToken cancellationToken)
    {
        if (await accounts.FindInvitationAsync(code, cancellationToken) is not { } invitation)
        {
            return InvitationGone();
        }

        var userName = form.UserName?.Trim() ?? "";
        var created = await accounts.AcceptAsync(code, userName, form.Password ?? "", cancellationToken);
        if (!created.Succeeded)
        {
            return InvitationPage(context, code, invitation.Role, Describe(created), userName, StatusCodes.Status400BadRequest);
        }

        await signIn.PasswordSignInAsync(userName, form.Password!, isPersistent: false, lockoutOnFailure: false);
        return Results.LocalRedirect(Home);
    }

    private static IResult SignInPage(HttpContext context, string? returnUrl, string? error, string userName = "", int status = StatusCodes.Status200OK) =>
        WithToken(context, new AccountPage { Title = "Sign in", Error = error, Action = SignInPath, SubmitLabel = "Sign in" })
            .Hidden(nameof(AccountForm.ReturnUrl), returnUrl)
            .Field(nameof(AccountForm.UserName), "Name", "text", "username", userName)
            .Field(nameof(AccountForm.Password), "Password", "password", "current-password")
            .ToResult(status);

    private static IResult SetupPage(HttpContext context, string? error, string userName = "", int status = StatusCodes.Status200OK) =>
        WithToken(context, new AccountPage
        {
            Title = "Create the first account",
            Intro = "No one has an account yet. The account you create now is the admin: it invites everyone else.",
            Error = error,
            Action = SetupPath,
            SubmitLabel = "Create account",
        })
            .Field(nameof(AccountForm.UserName), "Name", "text", "username", userName)
            .Field(nameof(AccountForm.Password), "Password", "password", "new-password")
            .ToResult(status);

    private static IResult InvitationPage(HttpContext context, string code, string role, string? error, string userName = "", int status = StatusCodes.Status200OK) =>
        WithToken(context, new AccountPage
        {
            Title = "Create your account",
            Intro = $"You are invited as {role}. Choose the name and password you will sign in with.",
            Error = error,
            Action = $"{InvitationPath}/{Uri.EscapeDataString(code)}",
            SubmitLabel = "Create account",
        })
            .Field(nameof(AccountForm.UserName), "Name", "text", "username", userName)
            .Field(nameof(AccountForm.Password), "Password", "password", "new-password")
            .ToResult(status);

    private static IResult InvitationGone() => Results.Content(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" /><title>Invitation not valid · MultiStageBuild</title></head>" +
        "<body style=\"font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem\"><main><h1>Invitation not valid</h1>" +
        "<p>This invitation link is used up, expired or mistyped. Ask an admin for a new one.</p></main></body></html>",
        "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    internal static AccountPage WithToken(HttpContext context, AccountPage page)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return page.Hidden(tokens.FormFieldName, tokens.RequestToken);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    internal static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : Home;
}
