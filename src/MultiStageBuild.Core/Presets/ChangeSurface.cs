namespace MultiStageBuild.Core.Presets;

/// <summary>Where a change was made, as the audit log records it.</summary>
public enum ChangeSurface
{
    /// <summary>Anywhere else: start-up, maintenance, tests.</summary>
    Other,

    /// <summary>A page of the app.</summary>
    Page,

    /// <summary>The HTTP API under <c>/api</c>.</summary>
    Rest,

    /// <summary>The MCP endpoint.</summary>
    Mcp,
}
