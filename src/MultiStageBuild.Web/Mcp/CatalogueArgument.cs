namespace MultiStageBuild.Web.Mcp;

/// <summary>One argument as a served prompt lists it: MCP argument records carry no default, so the description does.</summary>
public sealed record CatalogueArgument(string Name, string Description, bool Required);
