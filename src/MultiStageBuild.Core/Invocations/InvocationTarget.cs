namespace MultiStageBuild.Core.Invocations;

/// <summary>The MCP server an invocation is addressed to.</summary>
/// <param name="ServerUrl">The server's Streamable HTTP endpoint, used by the Inspector CLI.</param>
/// <param name="ServerName">The name the server is registered under in clients, used by slash commands.</param>
public sealed record InvocationTarget(string ServerUrl, string ServerName)
{
    /// <summary>Contree's own server in its HTTP mode.</summary>
    public static InvocationTarget Contree { get; } = new("http://localhost:9452/mcp", "contree");
}
