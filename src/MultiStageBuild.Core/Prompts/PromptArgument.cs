namespace MultiStageBuild.Core.Prompts;

/// <summary>One argument a prompt takes, as its MCP metadata and our form describe it.</summary>
/// <param name="Name">The argument's name exactly as it appears in invocations (<c>install_cmd</c>).</param>
/// <param name="Kind">What the value is, which decides how it is checked.</param>
/// <param name="Description">What the argument means, shown as the field's helper text.</param>
/// <param name="Required">Whether an invocation must supply a value.</param>
/// <param name="DefaultValue">The value used when the argument is absent or blank; <c>null</c> for required ones.</param>
/// <param name="Example">The value the reference document's example invocation passes, shown wherever a sample is needed.</param>
public sealed record PromptArgument(string Name, ArgumentKind Kind, string Description, bool Required, string? DefaultValue, string Example)
{
    /// <summary>Whether a blank value falls back to <see cref="DefaultValue"/>.</summary>
    public bool HasDefault => DefaultValue is not null;
}
