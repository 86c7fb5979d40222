using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>A fault in the app is a fault: a 500 naming the trace id it was logged under, once, never a disguised 404.</summary>
public sealed class HttpFaultTests(FaultHost host) : IClassFixture<FaultHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnexpectedErrorIsA500ProblemWhoseTraceIdIsLoggedOnce()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FaultHost.FaultPath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var earlierEntries = host.Logs.Entries.Count;

        using var response = await host.Client.SendAsync(request, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.Contains(traceId, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(FaultHost.FaultMessage, await response.Content.ReadAsStringAsync(Cancellation));
        var logged = Assert.Single(host.Logs.Entries.Skip(earlierEntries), e => e.Exception?.Message == FaultHost.FaultMessage);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(traceId, logged.Message);
    }

    [Fact]
    public async Task ABrowserNavigatingToAFailingPageGetsAnErrorPageWithTheTraceId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FaultHost.FaultPath);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        using var response = await host.Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("Something went wrong", page);
        var logged = host.Logs.Entries.Where(e => e.Level == LogLevel.Error && e.Exception?.Message == FaultHost.FaultMessage).ToList();
        Assert.Contains(logged, e => page.Contains(e.Message[(e.Message.LastIndexOf("trace id ", StringComparison.Ordinal) + 9)..].TrimEnd('.'), StringComparison.Ordinal));
    }
}
