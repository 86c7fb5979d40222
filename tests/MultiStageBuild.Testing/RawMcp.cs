using System.Net;
using System.Text;
using System.Text.Json;

namespace MultiStageBuild.Testing;

/// <summary>
/// JSON-RPC over <c>/mcp</c> written by hand, for what an official client cannot send (misshapen params, names that
/// are no text, bodies past the limit).
/// </summary>
public static class RawMcp
{
    public const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"hostile","version":"1"}}}""";

    /// <summary>A POST of <paramref name="body"/> as a Streamable HTTP client sends it.</summary>
    public static HttpRequestMessage Request(string body, string? origin = null, string path = "/mcp")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", "2025-06-18");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    /// <summary>
    /// Opens a session with <paramref name="initialize"/> (or <see cref="Initialize"/>), sends <paramref name="message"/>
    /// in it and returns the answer, from JSON or an event stream.
    /// </summary>
    public static async Task<string> SendAsync(HttpClient client, string message, string initialize = Initialize, CancellationToken cancellation = default) =>
        (await AnswerAsync(client, message, initialize, cancellation)).Message;

    /// <summary>As <see cref="SendAsync"/>, with the HTTP status the answer came with.</summary>
    public static async Task<(HttpStatusCode Status, string Message)> AnswerAsync(
        HttpClient client, string message, string initialize = Initialize, CancellationToken cancellation = default)
    {
        using var initialized = await client.SendAsync(Request(initialize), cancellation);
        var session = initialized.Headers.GetValues("Mcp-Session-Id").Single();
        using var notification = Request("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        notification.Headers.Add("Mcp-Session-Id", session);
        (await client.SendAsync(notification, cancellation)).Dispose();

        using var request = Request(message);
        request.Headers.Add("Mcp-Session-Id", session);
        using var response = await client.SendAsync(request, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        return (response.StatusCode, text.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l[6..]).DefaultIfEmpty(text).Last());
    }

    /// <summary>The JSON-RPC error <paramref name="message"/> is answered with.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpClient client, string message, CancellationToken cancellation = default)
    {
        using var answer = JsonDocument.Parse(await SendAsync(client, message, cancellation: cancellation));
        return answer.RootElement.GetProperty("error").Clone();
    }
}
