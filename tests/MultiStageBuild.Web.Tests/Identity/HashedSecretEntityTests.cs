using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Tests.Identity;

public sealed class HashedSecretEntityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, false, true)]
    [InlineData(0, false, false)]
    [InlineData(-1, false, false)]
    [InlineData(1, true, false)]
    public void InvitationsAndTokensWorkUntilTheyExpireOrAreUsedUp(int minutesLeft, bool usedUp, bool usable)
    {
        var expiresAt = Now.AddMinutes(minutesLeft);
        DateTimeOffset? usedAt = usedUp ? Now.AddMinutes(-5) : null;
        HashedSecretEntity[] secrets =
        [
            new AccountInvitationEntity { ExpiresAt = expiresAt, AcceptedAt = usedAt },
            new ApiTokenEntity { ExpiresAt = expiresAt, RevokedAt = usedAt },
        ];

        Assert.All(secrets, secret =>
        {
            Assert.Equal(usable, secret.UsableAt(Now));
            Assert.Equal(minutesLeft <= 0, secret.ExpiredAt(Now));
        });
    }
}
