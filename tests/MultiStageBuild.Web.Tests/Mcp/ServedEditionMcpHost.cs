namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>The app with its MCP endpoint configured to serve the edition released Contree servers return.</summary>
public sealed class ServedEditionMcpHost() : McpAppHost(new Dictionary<string, string?> { ["Mcp:Edition"] = "contree-mcp-0.1" });
