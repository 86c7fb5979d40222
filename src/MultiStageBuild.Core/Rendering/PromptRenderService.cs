using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Rendering;

/// <summary>The one render flow: checks and Markdown, then HTML and the invocation formats as they are read, for one argument set.</summary>
/// <param name="target">The MCP server that invocations address.</param>
public sealed class PromptRenderService(InvocationTarget target)
{
    /// <summary>The MCP server that invocations address.</summary>
    public InvocationTarget Target { get; } = target;

    /// <summary>Checks and renders <paramref name="arguments"/> for <paramref name="definition"/>.</summary>
    public RenderResult Render(PromptDefinition definition, ArgumentSet arguments)
    {
        var issues = ArgumentChecker.Check(definition, arguments);
        if (issues.HasErrors())
        {
            return new(arguments, issues, null, null);
        }

        var markdown = PromptRenderer.Render(definition, arguments);
        return new(arguments, issues, markdown, format => InvocationText.Write(format, definition, arguments, Target, markdown));
    }
}
