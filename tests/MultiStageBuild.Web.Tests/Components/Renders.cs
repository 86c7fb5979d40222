using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>Real render results for component parameters, from the same service the page uses.</summary>
internal static class Renders
{
    private static readonly PromptRenderService Service = new(InvocationTarget.Contree);

    public static PromptDefinition Definition => MultiStageBuildPrompt.Definition;

    public static RenderResult Of(params (string Name, string Value)[] values) =>
        Service.Render(Definition, values.Aggregate(ArgumentSet.Empty, (set, v) => set.With(v.Name, v.Value)));

    public static RenderResult SeedExample() =>
        Of(("source", "/home/user/project"), ("install_cmd", "pip install -e '.[dev]'"), ("build_cmd", "python -m build"), ("test_cmd", "pytest -v"));
}
