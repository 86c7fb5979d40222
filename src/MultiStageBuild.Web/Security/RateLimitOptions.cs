namespace MultiStageBuild.Web.Security;

/// <summary>The <c>RateLimits</c> section of the settings: how many requests one caller may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per caller per <see cref="Window"/> to the HTTP API and to <c>/mcp</c>.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
