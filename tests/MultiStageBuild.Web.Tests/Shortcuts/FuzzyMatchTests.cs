using MultiStageBuild.Web.Components.Shortcuts;

namespace MultiStageBuild.Web.Tests.Shortcuts;

public sealed class FuzzyMatchTests
{
    [Theory]
    [InlineData("Python package", "pypk")]
    [InlineData("Python package", "PYTHON")]
    [InlineData("Rust", "rst")]
    [InlineData("About", "")]
    [InlineData("Connect", "c o n")]
    public void LettersInOrderMatch(string candidate, string query) => Assert.NotNull(FuzzyMatch.Score(candidate, query));

    [Theory]
    [InlineData("Rust", "tsr")]
    [InlineData("API", "apis")]
    [InlineData("Poetry", "x")]
    public void LettersOutOfOrderOrMissingDoNotMatch(string candidate, string query) => Assert.Null(FuzzyMatch.Score(candidate, query));

    [Fact]
    public void LettersTogetherAndAtWordStartsRankFirst()
    {
        Assert.True(FuzzyMatch.Score("Presets", "pre") > FuzzyMatch.Score("API reference", "pre"));
        Assert.True(FuzzyMatch.Score("Python package", "pp") > FuzzyMatch.Score("Upper pipeline", "pp"));
    }
}
