namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>The shared <see cref="PresetBuilder.APreset"/> under its former name; new tests import <c>MultiStageBuild.Testing.PresetBuilder</c>.</summary>
public static class PresetDraftBuilder
{
    public static PresetBuilder APreset(string name = "Python service") => PresetBuilder.APreset(name);
}
