namespace MultiStageBuild.Web.Security;

/// <summary>The <c>Security</c> section of the settings.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins besides the app's own (such as <c>https://presets.example.com</c>) whose pages may write through the API,
    /// talk to <c>/mcp</c> or open the Blazor circuit: those a reverse proxy serves the app under.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
