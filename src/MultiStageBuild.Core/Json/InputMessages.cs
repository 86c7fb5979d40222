using System.Globalization;
using System.Text.Json;

namespace MultiStageBuild.Core.Json;

/// <summary>
/// The one wording of each rule about the shape of input, whichever surface (HTTP API, import, MCP, a pasted
/// invocation) received it. User text is echoed through <see cref="Quote"/>, so no message grows with the input; log
/// lines quote what a user sent through it too.
/// </summary>
public static class InputMessages
{
    /// <summary>The most characters of a user's value a message repeats.</summary>
    public const int MaxQuotedLength = 100;

    /// <summary>A preset without a name.</summary>
    public const string NameRequired = "A preset needs a name.";

    /// <summary>
    /// <paramref name="value"/> cut to <see cref="MaxQuotedLength"/> characters, an ellipsis marking the cut: the one bound
    /// on a user's value in a message, an answer or a log line.
    /// </summary>
    public static string Quote(string value) => Cut(value, MaxQuotedLength);

    private static string Cut(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return string.Concat(value.AsSpan(0, length), "…");
    }

    /// <summary>What a JSON value is, as messages say it: "a number", "null".</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Undefined => "missing",
        _ => "a string",
    };

    /// <summary>A value that must be a string.</summary>
    public static string MustBeString(string field, JsonValueKind kind) => $"{Quote(field)} must be a string, not {Describe(kind)}.";

    /// <summary>A value that must be an object of strings, such as <c>args</c>.</summary>
    public static string MustBeObjectOfStrings(string field, JsonValueKind kind) =>
        $"{field} must be an object of string values, not {Describe(kind)}.";

    /// <summary>A value that must be an array of strings, such as <c>tags</c>; <paramref name="kind"/> is what it or an item is.</summary>
    public static string MustBeArrayOfStrings(string field, JsonValueKind kind, bool item) =>
        $"{field} must be an array of strings, not {(item ? $"an array holding {Describe(kind)}" : Describe(kind))}.";

    /// <summary>A member the object does not have.</summary>
    public static string UnknownMember(string what, IReadOnlyList<string> members, string name) =>
        $"A {what} has only {string.Join(", ", members.SkipLast(1).Select(m => $"\"{m}\""))} and \"{members[^1]}\"; '{Quote(name)}' is not one of them.";

    /// <summary>An argument the prompt does not take.</summary>
    public static string UnknownArgument(PromptDefinition definition, string name) =>
        $"{definition.Name} takes no argument '{Quote(name)}'; it takes {string.Join(", ", definition.Arguments.Select(a => a.Name))}.";

    /// <summary>A string holding an escaped half of a surrogate pair (<c>"\ud800"</c>), which is no text at all.</summary>
    public static string NotText(string field) =>
        $"{Quote(field)} is not valid text: it holds an unpaired surrogate escape such as \\ud800; send whole characters.";

    /// <summary>A member name holding an unpaired surrogate escape; <paramref name="container"/> is where it stands.</summary>
    public static string NameNotText(string container) =>
        $"A member name in {(container.Length == 0 ? "the body" : Quote(container))} is not valid text: it holds an unpaired surrogate escape such as \\ud800.";

    /// <summary>Text that does not parse as JSON, where the parser stopped (one-based).</summary>
    public static string NotJson(JsonException e) =>
        $"Not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {Cut(WithoutZeroBasedPosition(e.Message), 2 * MaxQuotedLength)}";

    /// <summary>The closing line of a capped list of problems.</summary>
    public static string Omitted(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"…and {count:N0} more {(count == 1 ? "problem" : "problems")} not listed.");

    /// <summary>The parser's message ends with its own zero-based position, which would contradict ours.</summary>
    private static string WithoutZeroBasedPosition(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? message[..at] : message;
}
