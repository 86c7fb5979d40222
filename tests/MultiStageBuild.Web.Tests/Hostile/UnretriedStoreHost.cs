using MultiStageBuild.Web.Data;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>
/// The app whose unavailable store is not reopened while a test runs (the first retry is an hour away), so a fault the
/// test made stays as it made it: a reopen can adopt a replaced file or one a checkpoint rewrote.
/// </summary>
public sealed class UnretriedStoreHost() : McpAppHost(Settings)
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        [PresetStoreMonitor.RetryDelaySetting] = TimeSpan.FromHours(1).ToString(),
    };
}
