namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>The running test's cancellation token, for every repository call.</summary>
internal static class Cancellation
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
