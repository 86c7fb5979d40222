using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Tests.Mcp;

public sealed class PresetSlugsTests
{
    [Theory]
    [InlineData("Poetry", "poetry")]
    [InlineData("Poetry CI (nightly)", "poetry-ci-nightly")]
    [InlineData("  python 3.12 / uv  ", "python-3.12-uv")]
    [InlineData("snake_case.and-dots", "snake_case.and-dots")]
    [InlineData("Ünïcode Prëset", "unicode-preset")]
    [InlineData("café", "cafe")]
    [InlineData("Роetry", "roetry")]
    [InlineData("---", "preset")]
    [InlineData("日本語", "ribenyu")]
    public void TransliteratesLowerCasesAndReplacesEveryOtherRun(string name, string slug) => Assert.Equal(slug, PresetSlugs.Of(name));

    [Theory]
    [InlineData("multi-stage-build")]
    [InlineData("python")]
    [InlineData("rust")]
    [InlineData("-edge")]
    [InlineData("Upper")]
    [InlineData("")]
    public void ReservedAndMalformedSlugsCannotBeAskedFor(string slug) => Assert.NotNull(PresetSlugs.Problem(slug));

    [Fact]
    public async Task ClashesAndReservedNamesGetTheFirstFreeSuffix()
    {
        HashSet<string> taken = ["web-app", "web-app-2"];

        Assert.Equal("web-app-3", await PresetSlugs.FirstFreeAsync("web-app", slug => Task.FromResult(taken.Contains(slug))));
        Assert.Equal("python-2", await PresetSlugs.FirstFreeAsync("python", _ => Task.FromResult(false)));
        Assert.Null(PresetSlugs.Problem("web-app-4"));
    }
}
