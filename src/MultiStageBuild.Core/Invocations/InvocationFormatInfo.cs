namespace MultiStageBuild.Core.Invocations;

/// <summary>How a format is shown and downloaded.</summary>
/// <param name="Format">The format.</param>
/// <param name="Title">A short label for the format picker.</param>
/// <param name="Noun">What a sentence calls it ("Copied the MCP request").</param>
/// <param name="Hint">One sentence on when to use it.</param>
/// <param name="FileName">The name a download gets.</param>
/// <param name="MediaType">The download's media type.</param>
public sealed record InvocationFormatInfo(InvocationFormat Format, string Title, string Noun, string Hint, string FileName, string MediaType)
{
    /// <summary>Every format, in the order the picker shows them.</summary>
    public static IReadOnlyList<InvocationFormatInfo> All { get; } =
    [
        new(InvocationFormat.Invocation, "Invocation", "the invocation", "Contree's documented form: required and changed arguments only.", "multi-stage-build.invocation.json", "application/json"),
        new(InvocationFormat.FullInvocation, "Full invocation", "the full invocation", "The same with every argument spelled out.", "multi-stage-build.full.json", "application/json"),
        new(InvocationFormat.McpRequest, "MCP request", "the MCP request", "The JSON-RPC prompts/get request an MCP client sends.", "multi-stage-build.mcp-request.json", "application/json"),
        new(InvocationFormat.InspectorCli, "Inspector CLI", "the Inspector command", "A shell command for the MCP Inspector CLI.", "multi-stage-build.inspector.sh", "text/x-shellscript"),
        new(InvocationFormat.ClaudeCode, "Claude Code", "the Claude Code command", "Claude Code's slash command (arguments split at spaces).", "multi-stage-build.claude.txt", "text/plain"),
        new(InvocationFormat.Markdown, "Markdown", "the Markdown", "The rendered instructions, for agents without MCP prompts.", "multi-stage-build.md", "text/markdown"),
    ];

    /// <summary>The description of <paramref name="format"/>.</summary>
    public static InvocationFormatInfo Of(InvocationFormat format) => All[(int)format];
}
