using System.Text.Json;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Components.Pages.Connect;

/// <summary>One way to register this instance's MCP endpoint with a client.</summary>
/// <param name="Id">Stable id for tests and anchors.</param>
/// <param name="Client">The client it is for.</param>
/// <param name="Where">Where the text goes: a terminal, or a file path.</param>
/// <param name="Text">The exact text to run or paste.</param>
/// <param name="Note">What to know before relying on it, or <c>null</c>.</param>
public sealed record ClientSnippet(string Id, string Client, string Where, string Text, string? Note = null)
{
    public const string ServerName = McpServerSetup.ServerName;

    /// <summary>Every snippet for the endpoint at <paramref name="url"/>.</summary>
    public static IReadOnlyList<ClientSnippet> For(string url) =>
    [
        new("claude-code", "Claude Code", "Terminal, in your project",
            $"claude mcp add --transport http {ServerName} {ShellQuote.Word(url)}",
            $"Slash commands (/mcp__{ServerName}__multi-stage-build) split arguments at spaces, so a value such as pip install -e . is cut: " +
            "save it in a preset and call that preset's prompt instead."),
        new("vscode", "VS Code", ".vscode/mcp.json",
            $$"""
            {
              "servers": {
                "{{ServerName}}": {
                  "type": "http",
                  "url": {{JsonSerializer.Serialize(url)}}
                }
              }
            }
            """),
        new("codex", "Codex", "~/.codex/config.toml",
            $"""
            [mcp_servers.{ServerName}]
            url = "{url.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
            """),
        new("inspector", "MCP Inspector (CLI)", "Terminal",
            InvocationWriter.InspectorCommand(url, "prompts/list"),
            "Current Inspector releases need Node 22; on Node 20 use @modelcontextprotocol/inspector@0.15.0."),
    ];
}
