using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// Reads the params of the requests this server handles before the handlers do, so that params of the wrong shape
/// (<c>arguments</c> as a number, <c>name</c> missing, a name that is no text) are the client's error, JSON-RPC -32602 saying what was
/// expected, rather than the SDK's -32603 "An error occurred.".
/// </summary>
internal static class McpParamsCheck
{
    private static readonly Dictionary<string, (Type Type, string Expected)> Shapes = new(StringComparer.Ordinal)
    {
        [RequestMethods.Initialize] = (typeof(InitializeRequestParams), """{"protocolVersion": "<version>", "capabilities": {}, "clientInfo": {"name": "<client>", "version": "<version>"}}"""),
        [RequestMethods.PromptsList] = (typeof(ListPromptsRequestParams), """{"cursor"?: "<cursor>"}"""),
        [RequestMethods.PromptsGet] = (typeof(GetPromptRequestParams), """{"name": "<prompt>", "arguments"?: {"<argument>": "<value>"}}"""),
        [RequestMethods.ResourcesList] = (typeof(ListResourcesRequestParams), """{"cursor"?: "<cursor>"}"""),
        [RequestMethods.ResourcesRead] = (typeof(ReadResourceRequestParams), """{"uri": "<resource uri>"}"""),
        [RequestMethods.CompletionComplete] = (typeof(CompleteRequestParams),
            """{"ref": {"type": "ref/prompt", "name": "<prompt>"}, "argument": {"name": "<argument>", "value": "<typed so far>"}}"""),
    };

    public static McpMessageHandler Filter(McpMessageHandler next) => (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is JsonRpcRequest { Params: { } parameters } request && Shapes.TryGetValue(request.Method, out var shape))
        {
            try
            {
                parameters.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(shape.Type));
            }
            catch (JsonException e)
            {
                var at = e.Path is { Length: > 1 } path ? $" at {path[1..].TrimStart('.')}" : "";
                throw new McpProtocolException($"Invalid params for {request.Method}{at}: expected {shape.Expected}.", McpErrorCode.InvalidParams);
            }
            catch (InvalidOperationException)
            {
                // A name or string holding an unpaired surrogate escape, which no reader can turn into text.
                var errors = new FieldErrors();
                JsonInput.RefuseNotText(parameters, "", errors);
                if (errors.IsEmpty)
                {
                    throw;
                }

                throw new McpProtocolException($"Invalid params for {request.Method}: {string.Join(" ", errors.Messages())}", McpErrorCode.InvalidParams);
            }
        }

        return next(context, cancellationToken);
    };
}
