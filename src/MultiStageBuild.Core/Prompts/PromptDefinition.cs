using MultiStageBuild.Core.Arguments;

namespace MultiStageBuild.Core.Prompts;

/// <summary>Everything that defines a prompt: its metadata, arguments and the build it describes.</summary>
/// <param name="Name">The MCP prompt name (<c>multi-stage-build</c>).</param>
/// <param name="Description">The one-line description MCP clients show.</param>
/// <param name="Arguments">The arguments in invocation order.</param>
/// <param name="BaseImage">The image Stage 1 starts from.</param>
/// <param name="Stages">The stages in order.</param>
/// <param name="RollbackStrategy">The closing rollback bullet points, as Markdown.</param>
public sealed record PromptDefinition(
    string Name,
    string Description,
    IReadOnlyList<PromptArgument> Arguments,
    string BaseImage,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<string> RollbackStrategy)
{
    /// <summary>Finds an argument by its exact name.</summary>
    public PromptArgument? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// The same prompt served under <paramref name="promptName"/> with a preset's values as defaults: what a server
    /// that serves a preset as its own prompt offers. Arguments the preset fills become optional.
    /// </summary>
    public PromptDefinition ForPreset(string promptName, ArgumentSet presetValues) => this with
    {
        Name = promptName,
        Arguments = [.. Arguments.Select(a => presetValues.IsBlank(a.Name) ? a : a with { DefaultValue = presetValues[a.Name], Required = false })],
    };

    /// <summary>The names of the checkpoints the stages save, in order.</summary>
    public IEnumerable<string> Checkpoints => Stages.Where(s => s.Checkpoint is not null).Select(s => s.Checkpoint!);
}
