using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Core.Tests;

public sealed class CodeSpanTests
{
    [Theory]
    [InlineData("pytest", "`pytest`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("a``b`c", "```a``b`c```")]
    [InlineData("`start", "`` `start ``")]
    [InlineData("end`", "`` end` ``")]
    [InlineData(" both ", "`  both  `")]
    [InlineData(" lead", "` lead`")]
    [InlineData("trail ", "`trail `")]
    [InlineData("   ", "`   `")]
    public void WritesTheShortestFaithfulSpan(string value, string expected)
    {
        Assert.Equal(expected, CodeSpan.Of(value));
    }

    [Theory]
    [InlineData("pytest")]
    [InlineData("a`b")]
    [InlineData("`start")]
    [InlineData("end`")]
    [InlineData(" both ")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a && b | c; d")]
    [InlineData("&amp; \\* *not emphasis*")]
    [InlineData("``")]
    [InlineData("` `")]
    public void MarkdigReadsTheValueBack(string value)
    {
        var html = MarkdownHtml.ToHtml(CodeSpan.Of(value));

        Assert.Equal([value], HtmlCode.Texts(html));
    }
}

public sealed class MarkdownHtmlTests
{
    [Theory]
    [InlineData("pip install -e '.[dev]'")]
    [InlineData("a`b <script>&amp;")]
    [InlineData(" padded ")]
    public void BlocksJoinToTheSameHtml(string testCommand)
    {
        var arguments = MultiStageBuild.Core.Arguments.ArgumentSet.Empty.With("source", "/p").With("test_cmd", testCommand);
        var markdown = PromptRenderer.Render(MultiStageBuildPrompt.Definition, arguments);

        var blocks = MarkdownHtml.ToHtmlDocument(markdown).Blocks;

        Assert.Equal(MarkdownHtml.ToHtml(markdown), string.Concat(blocks));
        Assert.Equal(12, blocks.Count);
    }
}
