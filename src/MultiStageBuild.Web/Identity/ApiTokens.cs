using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Web.Identity;

/// <summary>
/// Personal API tokens: made on the Tokens page with a name, a scope and an expiry, shown once, kept as a hash; a
/// token acts as its owner with the lower of its scope's role and the owner's current role.
/// </summary>
public sealed class ApiTokens(PresetsDbContext context, UserManager<IdentityUser> users, TimeProvider clock)
{
    public const string SecretPrefix = "msb_";
    public const int MaxNameLength = 100;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>The claim that names the token a request came with.</summary>
    public const string TokenIdClaim = "msb_token";

    /// <summary>Makes a token; returns it with its secret (never stored, never shown again), or the field errors that stop it.</summary>
    public async Task<(ApiTokenEntity? Token, string? Secret, IReadOnlyDictionary<string, string> Errors)> CreateAsync(
        string userId, string name, string scope, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            errors["name"] = $"Give the token a name of 1 to {MaxNameLength} characters, such as the machine or agent that uses it.";
        }

        if (!ApiTokenScope.All.Contains(scope))
        {
            errors["scope"] = $"The scope is {ApiTokenScope.Read} or {ApiTokenScope.Write}.";
        }

        if (expiresAt <= now || expiresAt > now + MaxLifetime)
        {
            errors["expiresAt"] = "The expiry must be in the future and at most a year away.";
        }

        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var secret = SecretCodes.New(SecretPrefix);
        var token = new ApiTokenEntity
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Name = name,
            Scope = scope,
            SecretHash = SecretCodes.Hash(secret),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        context.ApiTokens.Add(token);
        await context.SaveChangesAsync(cancellationToken);
        return (token, secret, errors);
    }

    /// <summary>The user's tokens that are not revoked, newest first.</summary>
    public async Task<IReadOnlyList<ApiTokenEntity>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        (await context.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken))
            .OrderByDescending(t => t.CreatedAt).ToList();

    /// <summary>Revokes one of the user's tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid id, CancellationToken cancellationToken = default) =>
        await context.ApiTokens.Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, clock.GetUtcNow()), cancellationToken) > 0;

    /// <summary>The identity <paramref name="secret"/> signs in, or <c>null</c> when it is unknown, revoked, expired or its owner has no role.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var hash = SecretCodes.Hash(secret);
        var token = await context.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || token.ExpiredAt(now)
            || await users.FindByIdAsync(token.UserId) is not { } owner || await users.IsLockedOutAsync(owner))
        {
            return null;
        }

        var held = await users.GetRolesAsync(owner);
        if (AppRoles.All.LastOrDefault(held.Contains) is not { } ownerRole)
        {
            return null;
        }

        await context.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, owner.Id),
                new Claim(ClaimTypes.Name, owner.UserName ?? owner.Id),
                new Claim(ClaimTypes.Role, ApiTokenScope.Role(token.Scope, ownerRole)),
                new Claim(TokenIdClaim, token.Id.ToString()),
            ],
            ApiTokenHandler.SchemeName);
        return new ClaimsPrincipal(identity);
    }
}
