using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Rendering;

/// <summary>One invocation format's text, with what the format loses, if anything.</summary>
/// <param name="Format">The format.</param>
/// <param name="Text">The text to copy or download.</param>
/// <param name="Warning">What the format cannot carry for these values, or <c>null</c>.</param>
public sealed record InvocationText(InvocationFormat Format, string Text, string? Warning)
{
    /// <summary>Writes <paramref name="format"/> for rendered <paramref name="arguments"/>, addressed to <paramref name="target"/>.</summary>
    public static InvocationText Write(InvocationFormat format, PromptDefinition definition, ArgumentSet arguments, InvocationTarget target, string markdown) =>
        new(format, InvocationWriter.Write(format, definition, arguments, target, markdown), InvocationWriter.Warning(format, definition, arguments));
}
