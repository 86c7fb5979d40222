using System.Text.Json;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Json;

namespace MultiStageBuild.Core.Presets;

/// <summary>
/// Reads a pasted invocation back into arguments, in every format <see cref="InvocationWriter"/> writes: Contree's
/// <c>{"prompt", "args"}</c> JSON (some or all arguments), an MCP <c>prompts/get</c> request, an MCP Inspector command
/// line and a Claude Code slash command.
/// </summary>
public static class InvocationReader
{
    private const string InspectorPackage = InvocationWriter.InspectorPackage;
    private const string ClaudeCodePrefix = InvocationWriter.ClaudeCodePrefix;

    /// <summary>What can be pasted, for a message about text that is none of it.</summary>
    public static string Expected(PromptDefinition definition) => $"Expected an invocation the designer writes: {Formats(definition)}.";

    /// <summary>The formats read, as a sentence lists them.</summary>
    public static string Formats(PromptDefinition definition) =>
        $"Contree's JSON ({{\"prompt\": \"{definition.Name}\", \"args\": {{…}}}}, "
        + $"with some or all arguments), an MCP prompts/get request ({{\"jsonrpc\": \"2.0\", \"method\": \"prompts/get\", \"params\": {{…}}}}), "
        + $"an MCP Inspector command line (npx {InspectorPackage} --cli URL --method prompts/get …) "
        + $"or a Claude Code line ({ClaudeCodePrefix}SERVER__{definition.Name} …)";

    /// <summary>
    /// The arguments of <paramref name="text"/>, or a message saying precisely what is wrong. An invocation of a saved
    /// preset's own prompt (<c>multi-stage-build.slug</c> on this app's server) carries only what differs from the preset:
    /// <paramref name="presetValues"/> gives that preset's values by prompt name, or <c>null</c> when no such preset exists.
    /// </summary>
    public static InvocationReading Read(string text, PromptDefinition definition, Func<string, ArgumentSet?>? presetValues = null)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('{'))
        {
            return ReadJson(trimmed, definition, presetValues);
        }

        if (trimmed.StartsWith(ClaudeCodePrefix, StringComparison.Ordinal))
        {
            return ReadClaudeCode(trimmed, definition, presetValues);
        }

        if (trimmed.Contains(InspectorPackage, StringComparison.Ordinal))
        {
            return ReadInspector(trimmed, definition, presetValues);
        }

        return InvocationReading.Failed(null, trimmed.Length == 0 ? Expected(definition) : $"This is no invocation. {Expected(definition)}");
    }

    private static InvocationReading ReadJson(string text, PromptDefinition definition, Func<string, ArgumentSet?>? presetValues)
    {
        var parsed = JsonInput.Parse(text, out var syntaxError);
        if (!parsed.Succeeded)
        {
            // Text that is not JSON at all may be no invocation either; JSON whose names are no text is one that is broken.
            return syntaxError is null
                ? InvocationReading.Failed(InvocationFormat.Invocation, Message(parsed.Errors))
                : InvocationReading.Failed(null, $"{Message(parsed.Errors)} {Expected(definition)}");
        }

        var root = parsed.Value;
        var errors = new FieldErrors();
        var parameters = JsonInput.Member(root, JsonMembers.McpParams);
        if (parameters.ValueKind != JsonValueKind.Undefined || JsonInput.Member(root, "method").ValueKind != JsonValueKind.Undefined)
        {
            var method = JsonInput.OptionalString(root, "method", "", errors);
            if (errors.IsEmpty && method != "prompts/get")
            {
                return InvocationReading.Failed(InvocationFormat.McpRequest,
                    $"The request's method is '{InputMessages.Quote(method ?? "")}'; only a prompts/get request carries a prompt's arguments.");
            }

            if (parameters.ValueKind != JsonValueKind.Object)
            {
                return InvocationReading.Failed(InvocationFormat.McpRequest, errors.IsEmpty
                    ? $"The request's params must be an object with \"name\" and \"arguments\", not {InputMessages.Describe(parameters.ValueKind)}."
                    : Message(errors));
            }

            return FromJson(InvocationFormat.McpRequest, parameters, JsonMembers.Name, JsonMembers.McpArguments, definition, presetValues, errors);
        }

        if (JsonInput.Member(root, JsonMembers.Prompt).ValueKind != JsonValueKind.Undefined)
        {
            return FromJson(InvocationFormat.Invocation, root, JsonMembers.Prompt, JsonMembers.Args, definition, presetValues, errors);
        }

        return InvocationReading.Failed(null, $"This JSON is no invocation: it has no \"prompt\" and no MCP \"params\". {Expected(definition)}");
    }

    private static InvocationReading FromJson(
        InvocationFormat format, JsonElement container, string nameMember, string argsMember, PromptDefinition definition,
        Func<string, ArgumentSet?>? presetValues, FieldErrors errors)
    {
        var prompt = JsonInput.Member(container, nameMember);
        if (prompt.ValueKind == JsonValueKind.Undefined)
        {
            return InvocationReading.Failed(format, $"The invocation names no prompt: \"{nameMember}\" is missing.");
        }

        if (JsonInput.String(prompt, nameMember, nameMember, errors) is not { } name)
        {
            return InvocationReading.Failed(format, Message(errors));
        }

        var args = JsonInput.Member(container, argsMember);
        var arguments = args.ValueKind == JsonValueKind.Undefined ? ArgumentSet.Empty : JsonInput.Arguments(args, argsMember, "", null, errors);
        return errors.IsEmpty ? ForPrompt(format, name, arguments, definition, presetValues) : InvocationReading.Failed(format, Message(errors));
    }

    private static InvocationReading ReadInspector(string text, PromptDefinition definition, Func<string, ArgumentSet?>? presetValues)
    {
        const InvocationFormat Format = InvocationFormat.InspectorCli;
        var (words, error) = ShellWords.Split(text);
        if (words is null)
        {
            return InvocationReading.Failed(Format, $"The Inspector command line cannot be read: {error}");
        }

        var start = words.ToList().FindIndex(w => w == InspectorPackage || w.StartsWith(InspectorPackage + "@", StringComparison.Ordinal));
        if (start < 0)
        {
            return InvocationReading.Failed(Format, $"The command line does not run {InspectorPackage}. {Expected(definition)}");
        }

        string? method = null;
        string? prompt = null;
        var pairs = new List<string>();
        for (var i = start + 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "--cli":
                    break;
                case "--prompt-args":
                    while (i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        pairs.Add(words[++i]);
                    }

                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    if (i + 1 == words.Count)
                    {
                        return InvocationReading.Failed(Format, $"The option {InputMessages.Quote(option)} has no value.");
                    }

                    var value = words[++i];
                    (method, prompt) = option switch
                    {
                        "--method" => (value, prompt),
                        "--prompt-name" => (method, value),
                        _ => (method, prompt),
                    };
                    break;
            }
        }

        if (method != "prompts/get")
        {
            return InvocationReading.Failed(Format, method is null
                ? "The Inspector command has no --method prompts/get."
                : $"The Inspector command's method is '{InputMessages.Quote(method)}'; only prompts/get carries a prompt's arguments.");
        }

        if (prompt is null)
        {
            return InvocationReading.Failed(Format, "The Inspector command names no prompt: --prompt-name is missing.");
        }

        var arguments = ArgumentSet.Empty;
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return InvocationReading.Failed(Format, $"Each --prompt-args word is name=value; '{InputMessages.Quote(pair)}' is not.");
            }

            arguments = arguments.With(pair[..equals], pair[(equals + 1)..]);
        }

        return ForPrompt(Format, prompt, arguments, definition, presetValues);
    }

    private static InvocationReading ReadClaudeCode(string text, PromptDefinition definition, Func<string, ArgumentSet?>? presetValues)
    {
        const InvocationFormat Format = InvocationFormat.ClaudeCode;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var command = words[0][ClaudeCodePrefix.Length..];
        var separator = command.IndexOf(InvocationWriter.ClaudeCodeSeparator, StringComparison.Ordinal);
        var promptStart = separator + InvocationWriter.ClaudeCodeSeparator.Length;
        if (separator <= 0 || promptStart == command.Length)
        {
            return InvocationReading.Failed(Format, $"A Claude Code line starts with {ClaudeCodePrefix}SERVER__PROMPT; '{InputMessages.Quote(words[0])}' does not.");
        }

        var values = words[1..];
        if (values.Length > definition.Arguments.Count)
        {
            return InvocationReading.Failed(Format,
                $"A Claude Code line gives at most {definition.Arguments.Count} values ({string.Join(", ", definition.Arguments.Select(a => a.Name))}, in that order), "
                + $"split at spaces; this one has {values.Length}, so a value held a space. Paste the MCP request or the Inspector command instead.");
        }

        var arguments = definition.Arguments.Zip(values).Aggregate(ArgumentSet.Empty, (set, pair) => set.With(pair.First.Name, pair.Second));
        return ForPrompt(Format, command[promptStart..], arguments, definition, presetValues);
    }

    /// <summary>The arguments for prompt <paramref name="name"/>: the base prompt's as given, or a saved preset's prompt's over its values.</summary>
    private static InvocationReading ForPrompt(
        InvocationFormat format, string name, ArgumentSet arguments, PromptDefinition definition, Func<string, ArgumentSet?>? presetValues)
    {
        var errors = new FieldErrors();
        foreach (var unknown in arguments.Values.Keys.Where(n => definition.FindArgument(n) is null))
        {
            errors.Add(unknown, InputMessages.UnknownArgument(definition, unknown));
        }

        if (!errors.IsEmpty)
        {
            return InvocationReading.Failed(format, Message(errors));
        }

        if (name == definition.Name)
        {
            return new(format, arguments, null);
        }

        if (!name.StartsWith(definition.Name + ".", StringComparison.Ordinal))
        {
            return InvocationReading.Failed(format, $"The invocation is for the prompt '{InputMessages.Quote(name)}', not '{definition.Name}'.");
        }

        return presetValues?.Invoke(name) is { } preset
            ? new(format, preset.OverlaidBy(arguments.Values, definition), null)
            : InvocationReading.Failed(format, $"'{InputMessages.Quote(name)}' is the prompt of a saved preset, and no saved preset serves it here.");
    }

    private static string Message(FieldErrors errors) => string.Join(" ", errors.Messages());
}
