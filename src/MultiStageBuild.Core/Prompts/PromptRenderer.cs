using System.Text;
using MultiStageBuild.Core.Arguments;

namespace MultiStageBuild.Core.Prompts;

/// <summary>Turns a prompt definition and arguments into the Markdown instructions the MCP prompt returns.</summary>
public static class PromptRenderer
{
    /// <summary>
    /// Renders the instructions with each argument's effective value as an exact code span. Lines end in
    /// <c>\n</c> and the text has no trailing newline, as Contree's server returns it.
    /// </summary>
    public static string Render(PromptDefinition definition, ArgumentSet arguments)
    {
        var text = new StringBuilder(1024);
        text.Append("Execute a multi-stage build with rollback checkpoints:\n\n");
        text.Append("Source: ").Append(CodeSpan.Of(arguments[MultiStageBuildPrompt.Source])).Append("\n\n");

        foreach (var stage in definition.Stages)
        {
            text.Append("**Stage ").Append(stage.Number).Append(": ").Append(stage.Title).Append("**");
            if (stage.Checkpoint is not null)
            {
                text.Append(" (checkpoint: ").Append(CodeSpan.Of(stage.Checkpoint)).Append(')');
            }

            text.Append('\n');
            var command = stage.CommandArgument is { } name && definition.FindArgument(name) is { } argument
                ? CodeSpan.Of(arguments.Effective(argument))
                : "";
            for (var i = 0; i < stage.Steps.Count; i++)
            {
                text.Append(i + 1).Append(". ");
                AppendStep(text, stage.Steps[i], command, definition.BaseImage);
                text.Append('\n');
            }

            text.Append('\n');
        }

        text.Append("**Rollback Strategy:**");
        foreach (var point in definition.RollbackStrategy)
        {
            text.Append("\n- ").Append(point);
        }

        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, string step, string command, string baseImage)
    {
        var at = step.IndexOf('{', StringComparison.Ordinal);
        if (at < 0)
        {
            text.Append(step);
            return;
        }

        var end = step.IndexOf('}', at) + 1;
        var replacement = step.AsSpan(at, end - at) switch
        {
            Stage.CommandPlaceholder => command,
            Stage.ImagePlaceholder => CodeSpan.Of(baseImage),
            _ => throw new InvalidOperationException($"Unknown placeholder in step '{step}'."),
        };
        text.Append(step.AsSpan(0, at)).Append(replacement);
        AppendStep(text, step[end..], command, baseImage);
    }
}
