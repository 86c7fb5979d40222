using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Rendering;

/// <summary>The one render flow: checks and Markdown, then HTML and the invocation formats as they are read, for one argument set.</summary>
/// <param name="target">The MCP server that invocations address unless a caller names another.</param>
public sealed class PromptRenderService(InvocationTarget target)
{
    /// <summary>The MCP server that invocations address unless a caller names another.</summary>
    public InvocationTarget Target { get; } = target;

    /// <summary>Checks and renders <paramref name="arguments"/> in <paramref name="definition"/>'s default edition.</summary>
    public RenderResult Render(PromptDefinition definition, ArgumentSet arguments) => Render(definition, arguments, definition.DefaultEdition);

    /// <summary>Checks and renders <paramref name="arguments"/> in <paramref name="edition"/> of <paramref name="definition"/>.</summary>
    public RenderResult Render(PromptDefinition definition, ArgumentSet arguments, PromptEdition edition)
    {
        var issues = ArgumentChecker.Check(definition, arguments);
        if (issues.HasErrors())
        {
            return new(definition, edition, arguments, issues, null, Target);
        }

        var markdown = edition.Render(definition, arguments);
        if (edition.MarkdownWarnings(definition, arguments, markdown) is { Count: > 0 } warnings)
        {
            issues = [.. issues, .. warnings];
        }

        return new(definition, edition, arguments, issues, markdown, Target);
    }
}
