using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Core.Tests;

public sealed class ServedEditionWarningTests
{
    private static readonly PromptRenderService Service = new(InvocationTarget.Contree);
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    [Fact]
    public void ABacktickInAValueWarnsWithTheLineTheAgentGetsAndWhy()
    {
        var arguments = ArgumentSet.Empty.With("source", "/p").With("test_cmd", "echo `date`");

        var result = Service.Render(Definition, arguments, MultiStageBuildPrompt.Served);

        var warning = Assert.Single(result.Issues, i => i.Argument == "test_cmd");
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("6. `run` `echo `date`` on the build image with `cwd=\"/app\"`.", warning.Message);
        Assert.Contains("contree-mcp 0.1.2–0.1.5 puts test_cmd between single backticks without escaping it", warning.Message);
        Assert.Contains("its code is «run», «echo »", warning.Message);
        Assert.Contains("6. `run` `echo `date`` on the build image", result.Markdown);
    }

    [Fact]
    public void TheDocsEditionAndPlainValuesGiveNoSuchWarning()
    {
        var backtick = ArgumentSet.Empty.With("source", "/p").With("test_cmd", "echo `date`");
        var plain = ArgumentSet.Empty.With("source", "/p").With("test_cmd", "pytest -v");

        Assert.Empty(Service.Render(Definition, backtick, MultiStageBuildPrompt.Docs).Issues);
        Assert.Empty(Service.Render(Definition, plain, MultiStageBuildPrompt.Served).Issues);
    }

    [Fact]
    public void TheResultNamesItsEditionAndWritesInvocationsForAnyTarget()
    {
        var arguments = ArgumentSet.Empty.With("source", "/p");
        var result = Service.Render(Definition, arguments, MultiStageBuildPrompt.Served);
        var instance = new InvocationTarget("http://127.0.0.1:5000/mcp", "multistagebuild");
        var preset = Definition.ForPreset("multi-stage-build.mine", arguments);

        Assert.Same(MultiStageBuildPrompt.Served, result.Edition);
        Assert.Contains("http://localhost:9452/mcp", result.Invocation(InvocationFormat.InspectorCli).Text);
        Assert.Equal(InvocationWriter.Write(InvocationFormat.InspectorCli, preset, arguments, instance, result.Markdown!),
            result.Invocation(InvocationFormat.InspectorCli, instance, preset).Text);
        Assert.Equal(result.Markdown, result.Invocation(InvocationFormat.Markdown, instance, preset).Text);
    }
}
