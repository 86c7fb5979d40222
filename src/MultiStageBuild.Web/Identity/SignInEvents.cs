namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Every sign-in mode reports here who signed in, failed to, or signed out, and when a provider or gateway gave a
/// member another role. Today the reports go to the log (category <c>MultiStageBuild.Web.Identity.SignInEvents</c>).
/// </summary>
public sealed class SignInEvents(ILogger<SignInEvents> logger)
{
    public Task SignedInAsync(HttpContext context, string userName, AuthMode mode)
    {
        logger.LogInformation("{UserName} signed in ({Mode}) from {Address}", userName, mode, context.Connection.RemoteIpAddress);
        return Task.CompletedTask;
    }

    public Task SignInFailedAsync(HttpContext context, string? userName, string reason)
    {
        logger.LogWarning("Sign-in of {UserName} from {Address} failed: {Reason}", userName ?? "(unknown)", context.Connection.RemoteIpAddress, reason);
        return Task.CompletedTask;
    }

    public Task SignedOutAsync(HttpContext context, string? userName)
    {
        logger.LogInformation("{UserName} signed out from {Address}", userName ?? "(unknown)", context.Connection.RemoteIpAddress);
        return Task.CompletedTask;
    }

    public Task RoleChangedAsync(HttpContext context, string userName, string? from, string? to)
    {
        logger.LogInformation("{UserName} now has role {Role} (was {Previous}), as the provider or gateway says", userName, to ?? "none", from ?? "none");
        return Task.CompletedTask;
    }
}
