using System.Net;
using System.Text;
using System.Text.Json;

namespace MultiStageBuild.Testing;

/// <summary>
/// JSON-RPC over <c>/mcp</c> written by hand, for what an official client cannot send (misshapen params, names that
/// are no text, bodies past the limit, unsupported protocol versions). Sessions are <see cref="RawMcpSession"/>s.
/// </summary>
public static class RawMcp
{
    public const string Path = "/mcp";
    public const string ProtocolVersion = "2025-06-18";
    public const string SessionHeader = "Mcp-Session-Id";
    public const string ProtocolVersionHeader = "MCP-Protocol-Version";

    public const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"hostile","version":"1"}}}""";

    /// <summary>
    /// A POST of <paramref name="body"/> as a Streamable HTTP client sends it, with MCP-Protocol-Version
    /// <paramref name="protocolVersion"/> (left out when <c>null</c>).
    /// </summary>
    public static HttpRequestMessage Request(string body, string? origin = null, string path = Path, string? protocolVersion = ProtocolVersion)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        if (protocolVersion is not null)
        {
            request.Headers.Add(ProtocolVersionHeader, protocolVersion);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    /// <summary>
    /// Opens a session with <paramref name="initialize"/> (or <see cref="Initialize"/>), sends <paramref name="message"/>
    /// in it, closes it and returns the answer, from JSON or an event stream.
    /// </summary>
    public static async Task<string> SendAsync(HttpClient client, string message, string initialize = Initialize, CancellationToken cancellation = default) =>
        (await AnswerAsync(client, message, initialize, cancellation)).Message;

    /// <summary>As <see cref="SendAsync"/>, with the HTTP status the answer came with.</summary>
    public static async Task<(HttpStatusCode Status, string Message)> AnswerAsync(
        HttpClient client, string message, string initialize = Initialize, CancellationToken cancellation = default)
    {
        await using var session = await RawMcpSession.OpenAsync(client, initialize, cancellation);
        return await session.SendAsync(message, cancellation);
    }

    /// <summary>The JSON-RPC error <paramref name="message"/> is answered with.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpClient client, string message, CancellationToken cancellation = default)
    {
        using var answer = JsonDocument.Parse(await SendAsync(client, message, cancellation: cancellation));
        return answer.RootElement.GetProperty("error").Clone();
    }

    /// <summary>The last message of an answer: its last event's data when it is an event stream, else the whole text.</summary>
    public static string LastMessage(string answer) =>
        answer.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l[6..]).DefaultIfEmpty(answer).Last();
}
