using System.Net;
using System.Text.Json;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// The Streamable HTTP transport's headers (MCP 2025-06-18 and 2025-11-25): an MCP-Protocol-Version the server does not
/// support is a 400 on every method, and a session ends with DELETE, after which its id is unknown.
/// </summary>
public sealed class McpSessionTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private const string Ping = """{"jsonrpc":"2.0","id":7,"method":"ping"}""";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> UnsupportedVersions => new()
    {
        { "POST", "1999-01-01" },
        { "POST", "not a version" },
        { "GET", "1999-01-01" },
        { "DELETE", "1999-01-01" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedVersions))]
    public async Task AnUnsupportedProtocolVersionHeaderIsA400AndLeavesTheSessionWorking(string method, string version)
    {
        await using var session = await RawMcpSession.OpenAsync(host.Client, cancellation: Cancellation);
        using var request = method == "POST" ? session.Request(Ping, protocolVersion: version) : new HttpRequestMessage(new HttpMethod(method), RawMcp.Path)
        {
            Headers = { { RawMcp.SessionHeader, session.Id }, { RawMcp.ProtocolVersionHeader, version }, { "Accept", "text/event-stream" } },
        };

        using var refused = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancellation)).RootElement.GetProperty("error");
        var (status, answer) = await session.SendAsync(Ping, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"MCP-Protocol-Version header value '{version}' is not supported", error.GetProperty("message").GetString());
        Assert.Contains(RawMcp.ProtocolVersion, error.GetProperty("data").GetProperty("supported").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, JsonDocument.Parse(answer).RootElement.GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("2025-06-18")]
    [InlineData("2025-11-25")]
    public async Task ASessionAnswersTheVersionItNegotiatedAndOneWithoutTheHeader(string version)
    {
        var initialize = RawMcp.Initialize.Replace(RawMcp.ProtocolVersion, version, StringComparison.Ordinal);
        using var initialized = await host.Client.SendAsync(RawMcp.Request(initialize, protocolVersion: version), Cancellation);
        await using var session = RawMcpSession.Of(host.Client, initialized);
        using var withHeader = session.Request(Ping, protocolVersion: version);
        using var withoutHeader = session.Request(Ping, protocolVersion: null);

        using var answered = await host.Client.SendAsync(withHeader, Cancellation);
        using var assumed = await host.Client.SendAsync(withoutHeader, Cancellation);

        Assert.Equal(HttpStatusCode.OK, initialized.StatusCode);
        Assert.Contains($"\"protocolVersion\":\"{version}\"", RawMcp.LastMessage(await initialized.Content.ReadAsStringAsync(Cancellation)));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assumed.StatusCode);
    }

    [Fact]
    public async Task AnInitializeWhoseHeaderContradictsItsBodyIsA400()
    {
        using var response = await host.Client.SendAsync(RawMcp.Request(RawMcp.Initialize, protocolVersion: "2025-11-25"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains(RawMcp.SessionHeader));
    }

    [Fact]
    public async Task ARawSessionEndsWithAnAcceptedDeleteAndItsIdIsUnknownAfterwards()
    {
        await using var session = await RawMcpSession.OpenAsync(host.Client, cancellation: Cancellation);
        var (before, _) = await session.SendAsync(Ping, Cancellation);

        var closed = await session.CloseAsync(Cancellation);
        var (after, _) = await session.SendAsync(Ping, Cancellation);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal(HttpStatusCode.NotFound, after);
    }
}
