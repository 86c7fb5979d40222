using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>Oversized requests at every surface that reads a body: each is refused or answered in a few kilobytes.</summary>
public sealed class OversizedBurstTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private const int MaxAnswer = 16 * 1024;

    [Fact]
    public async Task EveryAnswerToABurstOfOversizedRequestsIsSmall()
    {
        var answers = await OversizedRequests.SendAsync(host.Client, TestContext.Current.CancellationToken);

        Assert.Equal(8, answers.Count);
        Assert.All(answers, a => Assert.True(a.Status is >= 400 and < 500 or 200, $"{a.Request}: {a.Status}"));
        Assert.All(answers, a => Assert.True(a.AnswerBytes < MaxAnswer, $"{a.Request}: {a.AnswerBytes} bytes answered to {a.SentBytes} sent"));
        Assert.Contains(answers, a => a.SentBytes > 1_900_000 && a.Status == 400);
        Assert.Contains(answers, a => a.SentBytes > 2_000_000 && a.Status == 413);
    }
}
