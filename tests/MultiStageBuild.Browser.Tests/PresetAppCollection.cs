namespace MultiStageBuild.Browser.Tests;

/// <summary>The preset browser tests share one app host and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PresetAppCollection : ICollectionFixture<RestartableAppFixture>
{
    public const string Name = "Presets in Chromium";
}
