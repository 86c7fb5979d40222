using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using MultiStageBuild.Core.Json;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// Oversized values sent where the app or the MCP server logs them: every log entry quotes at most
/// <see cref="InputMessages.MaxQuotedLength"/> characters of what was sent.
/// </summary>
public sealed class BoundedLogTests(FaultHost host) : IClassFixture<FaultHost>
{
    // Far below what was sent, far above a stack trace and twenty capped messages.
    private const int MaxEntryLength = 16 * 1024;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFaultOnAnOversizedPathLogsTheFaultWithThePathCut()
    {
        var path = $"{FaultHost.FaultPath}/{new string('p', 6_000)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await host.Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logged = Assert.Single(host.Logs.Entries, e => e.Exception?.Message == FaultHost.FaultMessage && e.Message.Contains("/ppp", StringComparison.Ordinal));
        AssertQuotesAtMost(logged, 'p');
    }

    [Fact]
    public async Task AnMcpClientsOversizedNameMethodAndArgumentsAreLoggedCut()
    {
        var name = new string('c', 20_000);
        var earlier = host.Logs.Entries.Count;
        var initialize = RawMcp.Initialize.Replace("\"hostile\"", $"\"{name}\"", StringComparison.Ordinal).Replace("\"1\"", $"\"{name}\"", StringComparison.Ordinal);
        var unknownArguments = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"{i}{new string('c', 200)}\":\"x\""));

        var listed = await RawMcp.SendAsync(host.Client, """{"jsonrpc":"2.0","id":2,"method":"prompts/list"}""", initialize, Cancellation);
        var unknownMethod = await RawMcp.SendAsync(host.Client, $$"""{"jsonrpc":"2.0","id":3,"method":"{{name}}"}""", initialize, Cancellation);
        var unknownPrompt = await RawMcp.SendAsync(host.Client, $$$"""{"jsonrpc":"2.0","id":4,"method":"prompts/get","params":{"name":"{{{name}}}"}}""", initialize, Cancellation);
        var badArguments = await RawMcp.SendAsync(host.Client,
            """{"jsonrpc":"2.0","id":5,"method":"prompts/get","params":{"name":"multi-stage-build","arguments":{""" + unknownArguments + "}}}", initialize, Cancellation);

        Assert.Contains("\"prompts\"", listed);
        Assert.All(new[] { unknownMethod, unknownPrompt, badArguments }, answer => Assert.Contains("\"error\"", answer));
        var entries = host.Logs.Entries.Skip(earlier).ToList();
        Assert.Contains(entries, e => e.Message.Contains("Client (ccc", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Exception?.Message.Contains("Unknown prompt 'ccc", StringComparison.Ordinal) == true);
        Assert.All(entries, e => AssertQuotesAtMost(e, 'c'));
    }

    /// <summary>No run of <paramref name="sent"/> longer than a quote, and no entry longer than a few kilobytes.</summary>
    private static void AssertQuotesAtMost(CapturedLog entry, char sent)
    {
        var text = entry.Message + entry.Exception;
        Assert.DoesNotContain(new string(sent, InputMessages.MaxQuotedLength + 1), text, StringComparison.Ordinal);
        Assert.True(entry.Length < MaxEntryLength, $"{entry.Category} logged {entry.Length} characters.");
        Assert.NotEqual(LogLevel.Critical, entry.Level);
    }
}
