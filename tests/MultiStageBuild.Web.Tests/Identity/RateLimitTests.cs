using System.Net;
using System.Text.Json;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Security;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// <see cref="RateLimits"/> on a real server with a small allowance and an hour-long window, so that nothing here
/// depends on the clock: each caller's allowance is its own, and the request past it is a 429 with Retry-After.
/// </summary>
public sealed class RateLimitTests
{
    private const int Allowance = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Limited() => new()
    {
        [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.PermitLimit)}"] = Allowance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.Window)}"] = "01:00:00",
    };

    [Fact]
    public async Task AnAddressOverItsAllowanceGets429WithRetryAfterOnTheApiAndOnMcp()
    {
        await using var host = await AppHost.StartAsync(new AppHostOptions { Settings = Limited() });
        for (var i = 0; i < Allowance; i++)
        {
            using var allowed = await host.Client.GetAsync("/api/prompts", Ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await host.Client.GetAsync("/api/prompts", Ct);
        await AssertTooManyAsync(refused);

        using var mcp = await host.Client.SendAsync(RawMcp.Request(RawMcp.Initialize), Ct);
        await AssertTooManyAsync(mcp);

        // Pages and health are not counted: the designer keeps working for the person who ran out.
        using var page = await host.Client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task EachTokenAndEachSignedInIdentityHasItsOwnAllowance()
    {
        await using var host = await AppHost.StartAsync(LocalSignIn.LocalMode(Limited()));
        using var admin = await host.CreateFirstAccountAsync("ada");
        using var first = await host.BearerClientAsync("ada", ApiTokenScope.Read);
        using var second = await host.BearerClientAsync("ada", ApiTokenScope.Read);

        for (var i = 0; i < Allowance; i++)
        {
            using var allowed = await first.GetAsync("/api/presets", Ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await first.GetAsync("/api/presets", Ct);
        await AssertTooManyAsync(refused);

        using var otherToken = await second.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
        using var cookie = await admin.GetAsync("/api/presets", Ct);
        Assert.Equal(HttpStatusCode.OK, cookie.StatusCode);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal((int)retryAfter.Value.TotalSeconds, problem.RootElement.GetProperty("retryAfter").GetInt32());
    }
}
