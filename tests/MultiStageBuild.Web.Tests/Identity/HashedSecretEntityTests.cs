using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Tests.Identity;

public sealed class HashedSecretEntityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    public void InvitationsAndTokensWorkUntilNotAtTheirExpiry(int minutesLeft, bool expired)
    {
        var expiresAt = Now.AddMinutes(minutesLeft);
        HashedSecretEntity[] secrets = [new AccountInvitationEntity { ExpiresAt = expiresAt }, new ApiTokenEntity { ExpiresAt = expiresAt }];

        Assert.All(secrets, secret => Assert.Equal(expired, secret.ExpiredAt(Now)));
    }
}
