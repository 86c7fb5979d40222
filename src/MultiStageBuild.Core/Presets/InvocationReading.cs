using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Presets;

/// <summary>What a pasted invocation was read as.</summary>
/// <param name="Format">
/// The format the text is written in, when it is one of them (also when it then fails to read), or <c>null</c> for
/// text that is no invocation at all. The seed's form and the full form both read as <see cref="InvocationFormat.Invocation"/>.
/// </param>
/// <param name="Arguments">The arguments, or <c>null</c> when the text could not be read.</param>
/// <param name="Error">What is wrong, or <c>null</c>.</param>
public sealed record InvocationReading(InvocationFormat? Format, ArgumentSet? Arguments, string? Error)
{
    /// <summary>Whether the arguments were read.</summary>
    public bool Succeeded => Arguments is not null;

    internal static InvocationReading Failed(InvocationFormat? format, string error) => new(format, null, error);
}
