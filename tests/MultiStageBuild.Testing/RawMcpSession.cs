using System.Net;

namespace MultiStageBuild.Testing;

/// <summary>
/// An MCP session opened by hand (initialize, then notifications/initialized). Disposing it ends the session with an
/// HTTP DELETE carrying its <c>Mcp-Session-Id</c>, as a Streamable HTTP client should, so that no session is left
/// behind on the server; a DELETE the server does not accept is an error.
/// </summary>
public sealed class RawMcpSession : IAsyncDisposable
{
    private readonly HttpClient _client;
    private bool _closed;

    private RawMcpSession(HttpClient client, string id)
    {
        _client = client;
        Id = id;
    }

    /// <summary>The <c>Mcp-Session-Id</c> the server gave.</summary>
    public string Id { get; }

    /// <summary>Initializes a session with <paramref name="initialize"/> (or <see cref="RawMcp.Initialize"/>).</summary>
    public static async Task<RawMcpSession> OpenAsync(HttpClient client, string initialize = RawMcp.Initialize, CancellationToken cancellation = default)
    {
        using var initialized = await client.SendAsync(RawMcp.Request(initialize), cancellation);
        var session = Of(client, initialized);
        using var notification = session.Request("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        (await client.SendAsync(notification, cancellation)).Dispose();
        return session;
    }

    /// <summary>The session an initialize request was answered with, to close it.</summary>
    public static RawMcpSession Of(HttpClient client, HttpResponseMessage initialized) =>
        new(client, initialized.Headers.GetValues(RawMcp.SessionHeader).Single());

    /// <summary>A POST of <paramref name="body"/> in this session; <paramref name="protocolVersion"/> <c>null</c> leaves out MCP-Protocol-Version.</summary>
    public HttpRequestMessage Request(string body, string? protocolVersion = RawMcp.ProtocolVersion)
    {
        var request = RawMcp.Request(body, protocolVersion: protocolVersion);
        request.Headers.Add(RawMcp.SessionHeader, Id);
        return request;
    }

    /// <summary>Sends <paramref name="message"/> in this session; the answer, from JSON or an event stream, with its status.</summary>
    public async Task<(HttpStatusCode Status, string Message)> SendAsync(string message, CancellationToken cancellation = default)
    {
        using var request = Request(message);
        using var response = await _client.SendAsync(request, cancellation);
        return (response.StatusCode, RawMcp.LastMessage(await response.Content.ReadAsStringAsync(cancellation)));
    }

    /// <summary>Ends the session with DELETE; the status the server answered (200 when it ended the session).</summary>
    public async Task<HttpStatusCode> CloseAsync(CancellationToken cancellation = default)
    {
        _closed = true;
        using var request = new HttpRequestMessage(HttpMethod.Delete, RawMcp.Path);
        request.Headers.Add(RawMcp.SessionHeader, Id);
        request.Headers.Add(RawMcp.ProtocolVersionHeader, RawMcp.ProtocolVersion);
        using var response = await _client.SendAsync(request, cancellation);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        var status = await CloseAsync();
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The server answered {(int)status} to the DELETE ending MCP session {Id}; the session may be left open.");
        }
    }
}
