using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace MultiStageBuild.Web.Identity;

/// <summary>Without sign-in (<see cref="AuthMode.None"/>) everyone may do everything, as before accounts existed.</summary>
internal sealed class RoleRequirementHandler(IOptions<AuthOptions> options) : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (options.Value.Mode == AuthMode.None || AppRoles.Allows(context.User, requirement.Role))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
