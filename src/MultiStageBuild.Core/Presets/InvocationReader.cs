using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Json;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Presets;

/// <summary>Reads a pasted invocation (the seed's JSON form or an MCP <c>prompts/get</c> request) back into arguments.</summary>
public static class InvocationReader
{
    /// <summary>The arguments of <paramref name="text"/>, or a message saying precisely what is wrong.</summary>
    public static (ArgumentSet? Arguments, string? Error) Read(string text, PromptDefinition definition)
    {
        var parsed = JsonInput.Parse(text);
        if (!parsed.Succeeded)
        {
            return (null, Message(parsed.Errors));
        }

        var root = parsed.Value;
        var (prompt, args) = root.ValueKind != JsonValueKind.Object ? (default, default)
            : root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? (parameters.TryGetProperty("name", out var n) ? n : default, parameters.TryGetProperty("arguments", out var a) ? a : default)
                : (root.TryGetProperty("prompt", out var p) ? p : default, root.TryGetProperty("args", out var r) ? r : default);

        if (prompt.ValueKind != JsonValueKind.String)
        {
            return (null, "Paste an invocation: {\"prompt\": ..., \"args\": {...}} or an MCP prompts/get request.");
        }

        var errors = new FieldErrors();
        if (JsonInput.String(prompt, "prompt", "prompt", errors) is not { } name)
        {
            return (null, Message(errors));
        }

        if (name != definition.Name)
        {
            return (null, $"The invocation is for the prompt '{InputMessages.Quote(name)}', not '{definition.Name}'.");
        }

        var arguments = args.ValueKind == JsonValueKind.Undefined ? ArgumentSet.Empty : JsonInput.Arguments(args, "args", "", definition, errors);
        return errors.IsEmpty ? (arguments, null) : (null, Message(errors));
    }

    private static string Message(FieldErrors errors) => string.Join(" ", errors.Messages());
}
