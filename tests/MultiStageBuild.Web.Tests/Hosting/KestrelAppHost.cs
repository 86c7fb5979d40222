namespace MultiStageBuild.Web.Tests.Hosting;

/// <summary>The shared <see cref="AppHost"/> under the name the Web tests know it by, started once per test class through <c>IClassFixture</c>.</summary>
public class KestrelAppHost : AppHost
{
    public KestrelAppHost()
    {
    }

    /// <summary>A host whose configuration also holds <paramref name="settings"/> (such as <c>Mcp:Edition</c>).</summary>
    protected KestrelAppHost(IReadOnlyDictionary<string, string?> settings)
        : base(new AppHostOptions { Settings = settings })
    {
    }
}
