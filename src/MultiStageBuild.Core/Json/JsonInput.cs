using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

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

    /// <summary>The root value of <paramref name="json"/>, or one problem under <c>$</c> saying where parsing stopped.</summary>
    public static ReadResult<JsonElement> Parse(string json)
    {
        var errors = new FieldErrors();
        try
        {
            using var document = JsonDocument.Parse(json, ParseOptions);
            return new(document.RootElement.Clone(), errors);
        }
        catch (JsonException e)
        {
            errors.Add("$", InputMessages.NotJson(e));
            return ReadResult<JsonElement>.Failed(errors);
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
