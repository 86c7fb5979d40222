using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Accounts in <see cref="AuthMode.Local"/>: the first one is made by whoever opens the app first and is an admin;
/// every later one through an admin's invitation, which carries its role and is used once.
/// </summary>
public sealed class Accounts(
    UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, PresetsDbContext context, TimeProvider clock, IOptions<AuthOptions> options)
{
    public const string InvitationPrefix = "inv_";

    // Two first visitors at once must not both become admin.
    private static readonly SemaphoreSlim FirstAccountLock = new(1, 1);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => users.Users.AnyAsync(cancellationToken);

    /// <summary>Creates the first account, an admin; fails once any account exists.</summary>
    public async Task<IdentityResult> CreateFirstAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        await FirstAccountLock.WaitAsync(cancellationToken);
        try
        {
            if (await AnyAsync(cancellationToken))
            {
                return Failed("An account exists already: sign in, or ask an admin for an invitation link.");
            }

            return await CreateAsync(userName, password, AppRoles.Admin);
        }
        finally
        {
            FirstAccountLock.Release();
        }
    }

    /// <summary>Makes an invitation for one account with <paramref name="role"/>; returns the code its link carries, shown once.</summary>
    public async Task<string> InviteAsync(string role, string invitedBy, CancellationToken cancellationToken = default)
    {
        if (!AppRoles.IsRole(role))
        {
            throw new ArgumentException($"'{role}' is not a role.", nameof(role));
        }

        var code = SecretCodes.New(InvitationPrefix);
        var now = clock.GetUtcNow();
        context.AccountInvitations.Add(new AccountInvitationEntity
        {
            Id = Guid.CreateVersion7(now),
            CodeHash = SecretCodes.Hash(code),
            Role = role,
            CreatedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + options.Value.InvitationLifetime,
        });
        await context.SaveChangesAsync(cancellationToken);
        return code;
    }

    /// <summary>The invitation <paramref name="code"/> names, if it is neither used nor expired.</summary>
    public async Task<AccountInvitationEntity?> FindInvitationAsync(string code, CancellationToken cancellationToken = default)
    {
        var hash = SecretCodes.Hash(code);
        var invitation = await context.AccountInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        return invitation is { AcceptedAt: null } && !invitation.ExpiredAt(clock.GetUtcNow()) ? invitation : null;
    }

    /// <summary>Creates the invited account and uses the invitation up, both or neither.</summary>
    public async Task<IdentityResult> AcceptAsync(string code, string userName, string password, CancellationToken cancellationToken = default)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var hash = SecretCodes.Hash(code);
        var invitation = await context.AccountInvitations.SingleOrDefaultAsync(i => i.CodeHash == hash, cancellationToken);
        if (invitation is not { AcceptedAt: null } || invitation.ExpiredAt(clock.GetUtcNow()))
        {
            return Failed("This invitation link is used up or expired: ask an admin for a new one.");
        }

        invitation.AcceptedAt = clock.GetUtcNow();
        invitation.AcceptedBy = userName;
        await context.SaveChangesAsync(cancellationToken);
        var created = await CreateAsync(userName, password, invitation.Role);
        if (created.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return created;
    }

    public async Task<IReadOnlyList<AccountMember>> MembersAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var members = new List<AccountMember>(all.Count);
        foreach (var user in all)
        {
            var held = await users.GetRolesAsync(user);
            var role = AppRoles.All.LastOrDefault(held.Contains);
            members.Add(new AccountMember(user.Id, user.UserName ?? "", role, await users.IsLockedOutAsync(user)));
        }

        return members;
    }

    /// <summary>Gives the account <paramref name="role"/> in place of its current one; its sessions pick it up at their next check.</summary>
    public async Task<IdentityResult> SetRoleAsync(string userId, string role)
    {
        if (!AppRoles.IsRole(role) || await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("No such account or role.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
    }

    private async Task<IdentityResult> CreateAsync(string userName, string password, string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var user = new IdentityUser(userName.Trim());
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, role) : created;
    }

    private static IdentityResult Failed(string message) => IdentityResult.Failed(new IdentityError { Description = message });
}
