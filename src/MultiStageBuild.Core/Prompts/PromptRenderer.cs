namespace MultiStageBuild.Core.Prompts;

/// <summary>Turns a prompt definition and arguments into the Markdown instructions the MCP prompt returns.</summary>
public static class PromptRenderer
{
    /// <summary>Renders the definition's default edition; see <see cref="Render(PromptDefinition, PromptEdition, ArgumentSet)"/>.</summary>
    public static string Render(PromptDefinition definition, ArgumentSet arguments) => Render(definition, definition.DefaultEdition, arguments);

    /// <summary>
    /// Renders <paramref name="edition"/>'s text with each argument's effective value in its slots. Lines end in
    /// <c>\n</c> and the text has no trailing newline, as MCP servers return it.
    /// </summary>
    public static string Render(PromptDefinition definition, PromptEdition edition, ArgumentSet arguments) => edition.Render(definition, arguments);
}
