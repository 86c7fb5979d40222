using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// Bounds what the MCP server logs of a request before it sees it: the SDK writes the client's name and version into
/// every log line of the session, and the prompt or resource a request names into the lines of its failure, so each
/// is cut like any user value (<see cref="InputMessages.Quote"/>; a cut name or URI, longer than any served, stays
/// unknown); a method longer than any MCP method is refused unread.
/// </summary>
internal static class McpLoggedValues
{
    /// <summary>The members cut, per method: where in the params they stand.</summary>
    private static readonly Dictionary<string, (string[] Path, string[] Members)> Bounded = new(StringComparer.Ordinal)
    {
        [RequestMethods.Initialize] = (["clientInfo"], ["name", "title", "version", "description", "websiteUrl"]),
        [RequestMethods.PromptsGet] = ([], ["name"]),
        [RequestMethods.ResourcesRead] = ([], ["uri"]),
        [RequestMethods.CompletionComplete] = (["ref"], ["name", "uri"]),
    };

    public static McpMessageHandler Filter(McpMessageHandler next) => (context, cancellationToken) =>
    {
        switch (context.JsonRpcMessage)
        {
            case JsonRpcRequest { Method.Length: > InputMessages.MaxQuotedLength } request:
                throw new McpProtocolException($"Method '{InputMessages.Quote(request.Method)}' is not available.", McpErrorCode.MethodNotFound);
            case JsonRpcNotification { Method.Length: > InputMessages.MaxQuotedLength }:
                // Not a notification of this protocol; nothing answers a notification.
                return Task.CompletedTask;
            case JsonRpcRequest { Params: JsonObject parameters } request when Bounded.TryGetValue(request.Method, out var bounded):
                Cut(bounded.Path.Aggregate<string, JsonNode?>(parameters, (node, member) => node?[member]) as JsonObject, bounded.Members);
                break;
        }

        return next(context, cancellationToken);
    };

    private static void Cut(JsonObject? values, string[] members)
    {
        foreach (var member in members)
        {
            if (values?[member] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > InputMessages.MaxQuotedLength)
            {
                values[member] = InputMessages.Quote(text);
            }
        }
    }
}
