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

    /// <summary>The environment variable the snippets read an API token from when sign-in is on.</summary>
    public const string TokenVariable = "MULTISTAGEBUILD_TOKEN";

    private const string TokenInput = "multistagebuild-token";
    private const string BearerHeader = $"Authorization: Bearer ${TokenVariable}";

    /// <summary>
    /// Every snippet for the endpoint at <paramref name="url"/>; with <paramref name="withToken"/> (sign-in is on) each one
    /// sends an API token as <c>Authorization: Bearer</c>, read from <see cref="TokenVariable"/> or asked for.
    /// </summary>
    public static IReadOnlyList<ClientSnippet> For(string url, bool withToken = false) =>
    [
        new("claude-code", "Claude Code", "Terminal, in your project",
            $"claude mcp add --transport http {ServerName} {ShellQuote.Word(url)}" + (withToken ? $" --header \"{BearerHeader}\"" : ""),
            $"Slash commands (/mcp__{ServerName}__multi-stage-build) split arguments at spaces, so a value such as pip install -e . is cut: " +
            "save it in a preset and call that preset's prompt instead."),
        new("vscode", "VS Code", ".vscode/mcp.json", withToken ? VsCodeWithToken(url) : VsCode(url),
            withToken ? "VS Code asks for the token once and keeps it in its secret storage." : null),
        new("codex", "Codex", "~/.codex/config.toml",
            $"""
            [mcp_servers.{ServerName}]
            url = "{url.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
            """ + (withToken ? $"\nbearer_token_env_var = \"{TokenVariable}\"" : "")),
        new("inspector", "MCP Inspector (CLI)", "Terminal",
            InvocationWriter.InspectorCommand(url, "prompts/list") + (withToken ? $" --header \"{BearerHeader}\"" : ""),
            withToken
                ? "--header needs a current Inspector release (Node 22)."
                : "Current Inspector releases need Node 22; on Node 20 use @modelcontextprotocol/inspector@0.15.0."),
    ];

    private static string VsCode(string url) =>
        $$"""
        {
          "servers": {
            "{{ServerName}}": {
              "type": "http",
              "url": {{JsonSerializer.Serialize(url)}}
            }
          }
        }
        """;

    private static string VsCodeWithToken(string url) =>
        $$"""
        {
          "inputs": [
            { "type": "promptString", "id": "{{TokenInput}}", "description": "MultiStageBuild API token", "password": true }
          ],
          "servers": {
            "{{ServerName}}": {
              "type": "http",
              "url": {{JsonSerializer.Serialize(url)}},
              "headers": { "Authorization": "Bearer ${input:{{TokenInput}}}" }
            }
          }
        }
        """;
}
