using Microsoft.AspNetCore.Authorization;

namespace MultiStageBuild.Web.Identity;

/// <summary>Needs <see cref="Role"/> or a role above it; the policy named after the role holds just this requirement.</summary>
public sealed record RoleRequirement(string Role) : IAuthorizationRequirement;
