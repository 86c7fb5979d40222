using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class PromptTemplateTests
{
    [Fact]
    public void DoubledBracesAreLiteralAndSlotsKnowTheirLineAndBackticks()
    {
        var template = new PromptTemplate("a {{x}}\n`{cmd}` and {path}");

        Assert.Equal("a {x}\n`echo` and /p", template.Render(name => name == "cmd" ? "echo" : "/p", SlotPolicy.Raw));
        Assert.Equal([new TemplateSlot("cmd", 1, InCodeSpan: true), new TemplateSlot("path", 1, InCodeSpan: false)], template.Slots);
    }

    [Fact]
    public void CodeSpanPolicyWritesExactCodeSpansAndRawPolicyWritesTheValue()
    {
        var template = new PromptTemplate("Run {cmd} now");

        Assert.Equal("Run `` echo `date` `` now", template.Render(_ => "echo `date`", SlotPolicy.CodeSpan));
        Assert.Equal("Run echo `date` now", template.Render(_ => "echo `date`", SlotPolicy.Raw));
    }

    [Theory]
    [InlineData("a {unclosed")]
    [InlineData("a } b")]
    public void UnmatchedBracesAreRejected(string text) => Assert.Throws<FormatException>(() => new PromptTemplate(text));

    [Fact]
    public void ASlotForAnArgumentThePromptLacksFailsToRender()
    {
        var edition = MultiStageBuildPrompt.Served with { Template = new("Lint with {lint_cmd}") };

        var error = Assert.Throws<InvalidOperationException>(() => edition.Render(MultiStageBuildPrompt.Definition, ArgumentSet.Empty));
        Assert.Contains("lint_cmd", error.Message);
    }
}
