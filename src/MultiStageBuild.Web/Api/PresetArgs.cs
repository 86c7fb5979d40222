using System.Collections.ObjectModel;

namespace MultiStageBuild.Web.Api;

/// <summary>A preset's arguments as in an invocation: every argument of the preset prompt, in its order, <c>""</c> for a blank one.</summary>
public sealed class PresetArgs(IDictionary<string, string> values) : ReadOnlyDictionary<string, string>(values)
{
    public static PresetArgs From(ArgumentSet arguments) =>
        new(KnownPrompts.PresetPrompt.Arguments.ToDictionary(a => a.Name, a => arguments[a.Name], StringComparer.Ordinal));
}
