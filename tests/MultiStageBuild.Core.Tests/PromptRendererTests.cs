using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class PromptRendererTests
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    [Fact]
    public void RendersSeedExampleExactly()
    {
        var rendered = PromptRenderer.Render(Definition, Golden.ExampleArguments("invoked-with.json"));

        Assert.Equal(Golden.Read("returns.md"), rendered);
    }

    [Fact]
    public void RendersWithUnixLineEndsAndNoTrailingNewline()
    {
        var rendered = PromptRenderer.Render(Definition, ArgumentSet.Empty.With("source", "/p"));

        Assert.DoesNotContain('\r', rendered);
        Assert.False(rendered.EndsWith('\n'));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankOptionalArgumentsRenderTheirDefaults(string blank)
    {
        var arguments = ArgumentSet.Empty.With("source", "/home/user/project")
            .With("install_cmd", blank).With("build_cmd", blank).With("test_cmd", blank);

        var rendered = PromptRenderer.Render(Definition, arguments);

        Assert.Contains("1. Run `pip install -e .` with `disposable=false`", rendered);
        Assert.Contains("1. Run `python -m build` on deps image", rendered);
        Assert.Contains("1. Run `pytest` on build image", rendered);
    }

    [Fact]
    public void StagesAndCheckpointsComeFromTheDefinition()
    {
        var rendered = PromptRenderer.Render(Definition, ArgumentSet.Empty.With("source", "/p"));

        foreach (var stage in Definition.Stages)
        {
            Assert.Contains($"**Stage {stage.Number}: {stage.Title}**", rendered);
        }

        Assert.Equal(["deps-installed", "build-complete"], Definition.Checkpoints);
        Assert.Contains("(checkpoint: `deps-installed`)", rendered);
        Assert.Contains("(checkpoint: `build-complete`)", rendered);
    }

    [Fact]
    public void ValueWithBackticksKeepsItsOwnCodeSpan()
    {
        var rendered = PromptRenderer.Render(Definition, ArgumentSet.Empty.With("source", "/p").With("test_cmd", "echo `date`"));

        Assert.Contains("1. Run `` echo `date` `` on build image", rendered);
    }
}
