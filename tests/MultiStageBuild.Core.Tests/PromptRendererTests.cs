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
    public void TheExplainersStagesAndCheckpointsAreTheOnesTheDocsTextDescribes()
    {
        var edition = Definition.FindEdition(MultiStageBuildPrompt.DocsEdition)!;
        var rendered = PromptRenderer.Render(Definition, edition, ArgumentSet.Empty.With("source", "/p"));

        Assert.Same(edition, Definition.DefaultEdition);
        foreach (var stage in edition.Stages)
        {
            var heading = $"**Stage {stage.Number}: {stage.Title}**" + (stage.Checkpoint is { } c ? $" (checkpoint: `{c}`)" : "");
            Assert.Contains(heading + "\n", rendered);
            if (stage.CommandArgument is { } name)
            {
                var command = ArgumentSet.Empty.Effective(Definition.FindArgument(name)!);
                Assert.Contains($"1. Run `{command}`", rendered[rendered.IndexOf(heading, StringComparison.Ordinal)..]);
            }
        }

        Assert.Equal(["deps-installed", "build-complete"], edition.Checkpoints);
        Assert.Equal(edition.Stages.Count, rendered.Split('\n').Count(l => l.StartsWith("**Stage ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("invoked-with.json")]
    [InlineData("example-python-package.json")]
    [InlineData("example-custom-pipeline.json")]
    [InlineData("example-rust-project.json")]
    public void ServedEditionRendersWhatTheReleasedServerReturns(string arguments)
    {
        var edition = Definition.FindEdition(MultiStageBuildPrompt.ServedEdition)!;

        var rendered = PromptRenderer.Render(Definition, edition, Golden.ExampleArguments(arguments));

        Assert.Equal(Golden.Read($"{edition.Id}/{Path.GetFileNameWithoutExtension(arguments)}.md"), rendered);
    }

    [Fact]
    public void EverySlotOfEveryEditionIsAnArgumentAndEveryArgumentHasASlot()
    {
        foreach (var edition in Definition.Editions)
        {
            Assert.Equal(Definition.Arguments.Select(a => a.Name).Order(), edition.Template.Slots.Select(s => s.Argument).Distinct().Order());
        }

        Assert.Equal(Definition.Editions.Count, Definition.Editions.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void ValueWithBackticksKeepsItsOwnCodeSpan()
    {
        var rendered = PromptRenderer.Render(Definition, ArgumentSet.Empty.With("source", "/p").With("test_cmd", "echo `date`"));

        Assert.Contains("1. Run `` echo `date` `` on build image", rendered);
    }
}
