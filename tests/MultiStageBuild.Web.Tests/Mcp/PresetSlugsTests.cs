using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Tests.Mcp;

public sealed class PresetSlugsTests
{
    [Theory]
    [InlineData("Poetry", "poetry")]
    [InlineData("Poetry CI (nightly)", "poetry-ci-nightly")]
    [InlineData("  python 3.12 / uv  ", "python-3.12-uv")]
    [InlineData("snake_case.and-dots", "snake_case.and-dots")]
    [InlineData("Ünïcode Prëset", "n-code-pr-set")]
    [InlineData("---", "preset")]
    [InlineData("日本語", "preset")]
    public void LowerCasesAndReplacesEveryOtherRun(string name, string slug) => Assert.Equal(slug, PresetSlugs.Of(name));

    [Fact]
    public void ClashesGetSuffixesInCreationOrder()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var newest = Stored("web app", start.AddHours(2));
        var oldest = Stored("Web App", start);
        var taken = Stored("web-app-2", start.AddHours(1));

        var slugs = PresetSlugs.Assign([newest, oldest, taken]);

        Assert.Equal("web-app", slugs[oldest.Id]);
        Assert.Equal("web-app-2", slugs[taken.Id]);
        Assert.Equal("web-app-3", slugs[newest.Id]);
    }

    private static StoredPreset Stored(string name, DateTimeOffset createdAt) =>
        new(Guid.NewGuid(), new PresetDraft(name, "", [], ArgumentSet.Empty), 1, createdAt, "test", createdAt, "test", null);
}
