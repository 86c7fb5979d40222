using Microsoft.AspNetCore.Identity;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Members whose identity comes from an OpenID Connect provider or a gateway: a row in the account table, made at
/// their first sign-in and holding the role their groups give at their latest one, so that their API tokens act for
/// them and the Members page lists them. A row is found by the login (provider and subject); the first sign-in
/// links to an existing account of the same name (one kept from <see cref="AuthMode.Local"/>), else creates one.
/// </summary>
internal sealed class ExternalMembers(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, SignInEvents events, ExternalMemberCache cache)
{
    /// <summary>The member for the login, made or given <paramref name="role"/> when needed.</summary>
    public async Task<IdentityUser> EnsureAsync(HttpContext context, string provider, string key, string userName, string? role)
    {
        await cache.Writes.WaitAsync(context.RequestAborted);
        try
        {
            var user = await users.FindByLoginAsync(provider, key);
            if (user is null)
            {
                user = await users.FindByNameAsync(userName);
                if (user is null)
                {
                    user = new IdentityUser(userName);
                    Check(await users.CreateAsync(user), userName);
                }

                Check(await users.AddLoginAsync(user, new UserLoginInfo(provider, key, provider)), userName);
            }

            var held = AppRoles.All.LastOrDefault((await users.GetRolesAsync(user)).Contains);
            if (held != role)
            {
                Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), userName);
                if (role is not null)
                {
                    if (!await roles.RoleExistsAsync(role))
                    {
                        Check(await roles.CreateAsync(new IdentityRole(role)), userName);
                    }

                    Check(await users.AddToRoleAsync(user, role), userName);
                }

                Check(await users.UpdateSecurityStampAsync(user), userName);
                await events.RoleChangedAsync(context, user.UserName ?? userName, held, role);
            }

            cache.Known[(provider, key)] = (user.Id, role);
            return user;
        }
        finally
        {
            cache.Writes.Release();
        }
    }

    /// <summary>The member's id when it is known to hold <paramref name="role"/> already, so nothing needs writing.</summary>
    public string? KnownId(string provider, string key, string? role) =>
        cache.Known.TryGetValue((provider, key), out var known) && known.Role == role ? known.Id : null;

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The member '{userName}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
