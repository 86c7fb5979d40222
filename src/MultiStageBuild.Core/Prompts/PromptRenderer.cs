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
        text.Append("Execute a multi-stage build with rollback checkpoints:\n\nSource: ");
        CodeSpan.AppendTo(text, arguments[MultiStageBuildPrompt.Source]).Append("\n\n");

        foreach (var stage in definition.Stages)
        {
            text.Append("**Stage ").Append(stage.Number).Append(": ").Append(stage.Title).Append("**");
            if (stage.Checkpoint is not null)
            {
                CodeSpan.AppendTo(text.Append(" (checkpoint: "), stage.Checkpoint).Append(')');
            }

            text.Append('\n');
            var command = stage.CommandArgument is { } name && definition.FindArgument(name) is { } argument
                ? arguments.Effective(argument)
                : "";
            for (var i = 0; i < stage.Steps.Count; i++)
            {
                AppendStep(text.Append(i + 1).Append(". "), stage.Steps[i], command, definition.BaseImage);
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

    /// <summary>Appends a step, replacing its placeholders with code spans of the command or the base image.</summary>
    private static void AppendStep(StringBuilder text, string step, string command, string baseImage)
    {
        var rest = step.AsSpan();
        for (var at = rest.IndexOf('{'); at >= 0; at = rest.IndexOf('{'))
        {
            var end = rest.IndexOf('}') + 1;
            text.Append(rest[..at]);
            CodeSpan.AppendTo(text, rest[at..end] switch
            {
                Stage.CommandPlaceholder => command,
                Stage.ImagePlaceholder => baseImage,
                _ => throw new InvalidOperationException($"Unknown placeholder in step '{step}'."),
            });
            rest = rest[end..];
        }

        text.Append(rest);
    }
}
