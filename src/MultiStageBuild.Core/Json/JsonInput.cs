using System.Text.Json;
using System.Text.Json.Nodes;

namespace MultiStageBuild.Core.Json;

/// <summary>
/// Reads the JSON every surface receives: the document itself, objects whose members are fixed, strings and objects of
/// argument values. Each problem goes to a <see cref="FieldErrors"/> under its field's path, worded by
/// <see cref="InputMessages"/>; nothing here throws for bad input.
/// </summary>
public static class JsonInput
{
    /// <summary>Repeated keys are refused everywhere: which of two values was meant cannot be known.</summary>
    public static JsonDocumentOptions ParseOptions { get; } = new() { AllowDuplicateProperties = false };

    /// <summary>The root value of <paramref name="json"/>, or the problems that stop it (see <see cref="Parse(ReadOnlyMemory{byte}, out JsonException?)"/>).</summary>
    public static ReadResult<JsonElement> Parse(string json) => Parse(json, out _);

    /// <inheritdoc cref="Parse(ReadOnlyMemory{byte}, out JsonException?)"/>
    public static ReadResult<JsonElement> Parse(string json, out JsonException? syntaxError) =>
        Parse(options => JsonDocument.Parse(json, options), out syntaxError);

    /// <summary>
    /// The root value of the UTF-8 <paramref name="utf8Json"/>, or the problems that stop it: one under <c>$</c> saying
    /// where parsing stopped (<paramref name="syntaxError"/> is then the parser's error), or one per object holding a
    /// member name that is no text, under that object's path.
    /// </summary>
    public static ReadResult<JsonElement> Parse(ReadOnlyMemory<byte> utf8Json, out JsonException? syntaxError) =>
        Parse(options => JsonDocument.Parse(utf8Json, options), out syntaxError);

    private static ReadResult<JsonElement> Parse(Func<JsonDocumentOptions, JsonDocument> parse, out JsonException? syntaxError)
    {
        var errors = new FieldErrors();
        syntaxError = null;
        try
        {
            using var document = parse(ParseOptions);
            return new(document.RootElement.Clone(), errors);
        }
        catch (JsonException e)
        {
            syntaxError = e;
            errors.Add("$", InputMessages.NotJson(e));
        }
        catch (InvalidOperationException)
        {
            // Looking for repeated keys compares names as text, and a name holding an unpaired surrogate escape is none:
            // parse again without that check to say which object holds it.
            using var document = parse(new JsonDocumentOptions { AllowDuplicateProperties = true });
            RefuseNamesNotText(document.RootElement, "", errors);
            if (errors.IsEmpty)
            {
                throw;
            }
        }

        return ReadResult<JsonElement>.Failed(errors);
    }

    /// <summary>Reports each object in <paramref name="value"/> (at <paramref name="path"/>) that holds a member name that is no text.</summary>
    private static void RefuseNamesNotText(JsonElement value, string path, FieldErrors errors)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                RefuseNamesNotText(item, $"{path}[{index++}]", errors);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in value.EnumerateObject())
            {
                // One problem per object is enough to find it.
                if (Name(member, path, errors) is not { } name)
                {
                    return;
                }

                RefuseNamesNotText(member.Value, Join(path, name), errors);
            }
        }
    }

    /// <summary>
    /// Reports each member name and string in <paramref name="value"/> (at <paramref name="path"/>) that is no text, as
    /// <see cref="JsonNode"/> trees parsed by others (an MCP request's params) may hold.
    /// </summary>
    public static void RefuseNotText(JsonNode? value, string path, FieldErrors errors)
    {
        switch (value)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    RefuseNotText(array[i], $"{path}[{i}]", errors);
                }

                break;
            case JsonObject obj:
                List<KeyValuePair<string, JsonNode?>> members;
                try
                {
                    members = [.. obj];
                }
                catch (InvalidOperationException)
                {
                    errors.Add(path.Length == 0 ? "$" : path, InputMessages.NameNotText(path));
                    break;
                }

                foreach (var (name, member) in members)
                {
                    RefuseNotText(member, Join(path, name), errors);
                }

                break;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                try
                {
                    text.GetValue<string>();
                }
                catch (InvalidOperationException)
                {
                    errors.Add(path, InputMessages.NotText(path[(path.LastIndexOf('.') + 1)..]));
                }

                break;
        }
    }

    /// <summary>
    /// Reports each member of <paramref name="value"/> not in <paramref name="members"/> (nor in <paramref name="ignored"/>)
    /// as a problem of that member; <paramref name="what"/> names the object ("preset", "render request").
    /// </summary>
    public static void RefuseUnknownMembers(
        JsonElement value, string what, IReadOnlyList<string> members, string path, FieldErrors errors, IReadOnlySet<string>? ignored = null)
    {
        foreach (var member in value.EnumerateObject())
        {
            if (Name(member, path, errors) is { } name && !members.Contains(name) && ignored?.Contains(name) != true)
            {
                errors.Add(Join(path, InputMessages.Quote(name)), InputMessages.UnknownMember(what, members, name));
            }
        }
    }

    /// <summary>Member <paramref name="member"/> of <paramref name="value"/>; <see cref="JsonValueKind.Undefined"/> when it is absent or <c>null</c>, which mean the same.</summary>
    public static JsonElement Member(JsonElement value, string member) =>
        value.TryGetProperty(member, out var element) && element.ValueKind != JsonValueKind.Null ? element : default;

    /// <summary>
    /// The string in member <paramref name="member"/> of <paramref name="value"/>: <c>null</c> when it is absent or JSON
    /// <c>null</c>, and also when it is not text (reported).
    /// </summary>
    public static string? OptionalString(JsonElement value, string member, string path, FieldErrors errors)
    {
        var element = Member(value, member);
        return element.ValueKind == JsonValueKind.Undefined ? null : String(element, member, Join(path, member), errors);
    }

    /// <summary>The text of <paramref name="element"/>, or <c>null</c> with a problem when it is not a string or not text.</summary>
    public static string? String(JsonElement element, string name, string field, FieldErrors errors)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, InputMessages.MustBeString(name, element.ValueKind));
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.Add(field, InputMessages.NotText(name));
            return null;
        }
    }

    /// <summary>
    /// The arguments in <paramref name="args"/>, an object of strings. Each value that is not text, and each name
    /// <paramref name="definition"/> does not take, is a problem at <paramref name="prefix"/> + its name and is left out.
    /// Without a definition every name is kept, for a caller whose argument check reports unknown names with the rest.
    /// </summary>
    public static ArgumentSet Arguments(JsonElement args, string argsField, string prefix, PromptDefinition? definition, FieldErrors errors)
    {
        if (args.ValueKind != JsonValueKind.Object)
        {
            errors.Add(argsField, InputMessages.MustBeObjectOfStrings(argsField, args.ValueKind));
            return ArgumentSet.Empty;
        }

        var pairs = new List<KeyValuePair<string, JsonElement>>();
        foreach (var member in args.EnumerateObject())
        {
            if (Name(member, argsField, errors) is { } name)
            {
                pairs.Add(KeyValuePair.Create(name, member.Value));
            }
        }

        return Arguments(pairs, prefix, definition, errors);
    }

    /// <inheritdoc cref="Arguments(JsonElement, string, string, PromptDefinition, FieldErrors)"/>
    public static ArgumentSet Arguments(IEnumerable<KeyValuePair<string, JsonElement>> args, string prefix, PromptDefinition? definition, FieldErrors errors)
    {
        var values = ArgumentSet.Empty;
        foreach (var (name, value) in args)
        {
            var field = prefix + InputMessages.Quote(name);
            if (definition is not null && definition.FindArgument(name) is null)
            {
                errors.Add(field, InputMessages.UnknownArgument(definition, name));
            }
            else if (String(value, name, field, errors) is { } text)
            {
                values = values.With(name, text);
            }
        }

        return values;
    }

    /// <summary>The member's name, or <c>null</c> with a problem when it is not text.</summary>
    private static string? Name(JsonProperty member, string container, FieldErrors errors)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException)
        {
            errors.Add(container.Length == 0 ? "$" : container, InputMessages.NameNotText(container));
            return null;
        }
    }

    private static string Join(string path, string member) => path.Length == 0 ? member : $"{path}.{member}";
}
