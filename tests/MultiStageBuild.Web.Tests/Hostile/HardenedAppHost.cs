using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Hostile;

/// <summary>The app as shipped, with one origin configured besides its own, as a team behind a proxy would.</summary>
public sealed class HardenedAppHost() : KestrelAppHost(new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = ConfiguredOrigin })
{
    public const string ConfiguredOrigin = "https://presets.example.test";
}
