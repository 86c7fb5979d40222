namespace MultiStageBuild.Core.Invocations;

/// <summary>The ways an agent can be handed the prompt.</summary>
public enum InvocationFormat
{
    /// <summary>The seed's <c>{"prompt", "args"}</c> form with only required and non-default arguments.</summary>
    Invocation,

    /// <summary>The same form with all four arguments spelled out.</summary>
    FullInvocation,

    /// <summary>The JSON-RPC 2.0 <c>prompts/get</c> request an MCP client sends.</summary>
    McpRequest,

    /// <summary>A shell command line for the MCP Inspector CLI.</summary>
    InspectorCli,

    /// <summary>Claude Code's slash command, whose arguments are split at whitespace.</summary>
    ClaudeCode,

    /// <summary>The rendered Markdown itself, for agents without MCP prompts.</summary>
    Markdown,
}
