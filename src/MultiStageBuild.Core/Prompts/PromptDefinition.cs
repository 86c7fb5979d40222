namespace MultiStageBuild.Core.Prompts;

/// <summary>Everything that defines a prompt: its metadata, arguments and the build it describes.</summary>
/// <param name="Name">The MCP prompt name (<c>multi-stage-build</c>).</param>
/// <param name="Description">The one-line description MCP clients show.</param>
/// <param name="Arguments">The arguments in invocation order.</param>
/// <param name="BaseImage">The image the build starts from.</param>
/// <param name="Editions">The texts of the prompt for the same arguments; the first is the default.</param>
public sealed record PromptDefinition(
    string Name,
    string Description,
    IReadOnlyList<PromptArgument> Arguments,
    string BaseImage,
    IReadOnlyList<PromptEdition> Editions)
{
    /// <summary>The edition served when none is asked for.</summary>
    public PromptEdition DefaultEdition => Editions[0];

    /// <summary>The edition with exactly this id, or <c>null</c>.</summary>
    public PromptEdition? FindEdition(string id) => Editions.FirstOrDefault(e => e.Id == id);

    /// <summary>The edition ids, for messages that list them.</summary>
    public string EditionIds => string.Join(", ", Editions.Select(e => e.Id));

    /// <summary>Every argument at its <see cref="PromptArgument.Example"/>: the reference document's example invocation.</summary>
    public ArgumentSet ExampleArguments => Arguments.Aggregate(ArgumentSet.Empty, (set, a) => set.With(a.Name, a.Example));

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
}
