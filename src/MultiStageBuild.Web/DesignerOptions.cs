using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Web.Check;

namespace MultiStageBuild.Web;

/// <summary>The designer's options, from the <c>Designer</c> section of appsettings.json.</summary>
public sealed class DesignerOptions
{
    public const string Section = "Designer";

    /// <summary>The MCP server invocations address (Contree's HTTP mode by default).</summary>
    public string McpServerUrl { get; set; } = InvocationTarget.Contree.ServerUrl;

    /// <summary>The name clients register that server under, for slash commands.</summary>
    public string McpServerName { get; set; } = InvocationTarget.Contree.ServerName;

    /// <summary>The edition the designer shows until one is chosen (the reference document's by default).</summary>
    public string ContreeEdition { get; set; } = MultiStageBuildPrompt.DocsEdition;

    /// <summary>The MCP servers "Check against server" may call; no other address is ever called.</summary>
    public List<CheckServer> Servers { get; set; } = [];

    /// <summary>How long a check against a server may take.</summary>
    public int CheckTimeoutSeconds { get; set; } = 5;

    /// <summary>The configured edition; start-up fails on an id that names none.</summary>
    public PromptEdition ShownEdition => KnownPrompts.PresetPrompt.FindEdition(ContreeEdition)
        ?? throw new InvalidOperationException($"{Section}:ContreeEdition is '{ContreeEdition}'; it must be one of {KnownPrompts.PresetPrompt.EditionIds}.");
}
