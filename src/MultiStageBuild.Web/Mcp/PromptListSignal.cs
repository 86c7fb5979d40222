using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// An always-empty prompt collection used only for its <c>Changed</c> event: every live MCP session subscribes to it
/// (and unsubscribes when it ends), and the SDK sends each one <c>notifications/prompts/list_changed</c>, so the
/// endpoint never has to track sessions itself. 2026-07-28 clients have no session; their lists carry a zero TTL instead.
/// </summary>
public sealed class PromptListSignal : McpServerPrimitiveCollection<McpServerPrompt>
{
    public void Raise() => RaiseChanged();
}
