using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// What the person on a page may do, for components that show or hide actions; one per circuit. Without sign-in
/// (<see cref="AuthMode.None"/>) everything is allowed, as before accounts existed.
/// </summary>
public sealed class UserAccess(IOptions<AuthOptions> options, IServiceProvider services)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public AuthMode Mode => options.Value.Mode;

    public bool SignInOn => Mode != AuthMode.None;

    /// <summary>Whether a provider or gateway signs people in and gives their roles, rather than this app's accounts.</summary>
    public bool RolesFromOutside => Mode is AuthMode.OpenIdConnect or AuthMode.ReverseProxy;

    /// <summary>
    /// The signed-in user. The server sets a circuit's authentication state, already completed, when the circuit starts
    /// (and from the request while prerendering), so it is read here without waiting.
    /// </summary>
    public ClaimsPrincipal User =>
        SignInOn && services.GetService<AuthenticationStateProvider>()?.GetAuthenticationStateAsync() is { IsCompletedSuccessfully: true } state
            ? state.Result.User
            : Anonymous;

    public string? UserName => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Role => AppRoles.Highest(User);

    public bool CanEdit => Allows(AppRoles.Editor);

    public bool IsAdmin => Allows(AppRoles.Admin);

    public bool Allows(string role) => !SignInOn || AppRoles.Allows(User, role);

    /// <summary>Why an action that needs <paramref name="role"/> is not offered.</summary>
    public string Refusal(string role) => $"Needs the {role} role; you are signed in as {Role ?? "no role"}.";
}
