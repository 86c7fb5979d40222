using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Presets;

/// <summary>Reads a pasted invocation (the seed's JSON form or an MCP <c>prompts/get</c> request) back into arguments.</summary>
public static class InvocationReader
{
    /// <summary>The arguments of <paramref name="text"/>, or a message saying precisely what is wrong.</summary>
    public static (ArgumentSet? Arguments, string? Error) Read(string text, PromptDefinition definition)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var (prompt, args) = root.ValueKind != JsonValueKind.Object ? (default, default)
                : root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                    ? (parameters.TryGetProperty("name", out var n) ? n : default, parameters.TryGetProperty("arguments", out var a) ? a : default)
                    : (root.TryGetProperty("prompt", out var p) ? p : default, root.TryGetProperty("args", out var r) ? r : default);

            if (prompt.ValueKind != JsonValueKind.String)
            {
                return (null, "Paste an invocation: {\"prompt\": ..., \"args\": {...}} or an MCP prompts/get request.");
            }

            if (prompt.GetString() != definition.Name)
            {
                return (null, $"The invocation is for the prompt '{prompt.GetString()}', not '{definition.Name}'.");
            }

            if (args.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
            {
                return (null, "The invocation's arguments must be an object of strings.");
            }

            var arguments = ArgumentSet.Empty;
            if (args.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in args.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        return (null, $"The argument '{property.Name}' must be a string.");
                    }

                    arguments = arguments.With(property.Name, property.Value.GetString());
                }
            }

            return (arguments, null);
        }
        catch (JsonException e)
        {
            return (null, $"Not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.");
        }
    }
}
