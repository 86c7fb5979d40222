using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// Reads <c>{"prompt": "...", "edition": "...", "preset": "...", "args": {...}}</c> from at most <see cref="BoundedBody.DefaultLimit"/>
/// of body, so that every failure, from an oversized body to a number where a string belongs, is a problem response
/// we word ourselves.
/// </summary>
internal static class RenderRequestReader
{
    private static readonly string[] Members = [JsonMembers.Prompt, JsonMembers.Edition, JsonMembers.Preset, JsonMembers.Args];

    public static async Task<Parsed<RenderRequest?>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "render request", cancellationToken);
        return body.Problem is { } problem ? Failed(problem) : Read(body.Value);
    }

    /// <summary>
    /// Reads an already parsed render request. A request that names neither prompt nor preset renders
    /// <paramref name="defaultPrompt"/> when given; members in <paramref name="ignored"/> belong to the caller.
    /// </summary>
    internal static Parsed<RenderRequest?> Read(JsonElement root, PromptDefinition? defaultPrompt = null, IReadOnlySet<string>? ignored = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(TypedResults.Problem(
                title: "The request is not valid",
                detail: $"The body must be a JSON object such as {ExampleBody(KnownPrompts.PresetPrompt)}, not {InputMessages.Describe(root.ValueKind)}.",
                statusCode: StatusCodes.Status400BadRequest));
        }

        var errors = new FieldErrors();
        JsonInput.RefuseUnknownMembers(root, "render request", Members, "", errors, ignored);

        var preset = JsonInput.Member(root, JsonMembers.Preset);
        var presetKey = preset.ValueKind == JsonValueKind.String ? JsonInput.String(preset, JsonMembers.Preset, JsonMembers.Preset, errors)?.Trim() : null;
        if (preset.ValueKind != JsonValueKind.Undefined && presetKey?.Length is null or 0 && !errors.Has(JsonMembers.Preset))
        {
            errors.Add(JsonMembers.Preset, $"{JsonMembers.Preset} must be the name or id of a preset, such as {BuiltInPresets.Poetry.Name}, not {(preset.ValueKind == JsonValueKind.String ? "a blank string" : InputMessages.Describe(preset.ValueKind))}.");
        }

        // A preset belongs to the preset prompt, so naming one names the prompt too.
        var prompt = JsonInput.Member(root, JsonMembers.Prompt);
        var name = prompt.ValueKind != JsonValueKind.Undefined ? JsonInput.String(prompt, JsonMembers.Prompt, JsonMembers.Prompt, errors)
            : presetKey is not null ? KnownPrompts.PresetPrompt.Name : defaultPrompt?.Name;
        if (string.IsNullOrWhiteSpace(name) && !errors.Has(JsonMembers.Prompt))
        {
            errors.Add(JsonMembers.Prompt, $"{JsonMembers.Prompt} is required: the name of the prompt to render, such as {KnownPrompts.PresetPrompt.Name}.");
        }

        var args = JsonInput.Member(root, JsonMembers.Args);
        if (args.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
        {
            errors.Add(JsonMembers.Args, InputMessages.MustBeObjectOfStrings(JsonMembers.Args, args.ValueKind));
        }

        var edition = JsonInput.Member(root, JsonMembers.Edition);
        var editionName = edition.ValueKind == JsonValueKind.String ? JsonInput.String(edition, JsonMembers.Edition, JsonMembers.Edition, errors) : null;
        if (!errors.IsEmpty)
        {
            return Invalid(errors);
        }

        if (KnownPrompts.Find(name!) is not { } definition)
        {
            var known = string.Join(", ", KnownPrompts.All.Select(p => p.Name));
            return Failed(TypedResults.Problem(title: $"No prompt named '{InputMessages.Quote(name!)}'", detail: $"The known prompts are: {known}.", statusCode: StatusCodes.Status404NotFound));
        }

        if ((edition.ValueKind == JsonValueKind.Undefined ? definition.DefaultEdition : editionName is null ? null : definition.FindEdition(editionName)) is not { } chosen)
        {
            var named = editionName is null ? InputMessages.Describe(edition.ValueKind) : $"'{InputMessages.Quote(editionName)}'";
            errors.Add(JsonMembers.Edition, $"{JsonMembers.Edition} must be one of {definition.EditionIds} (absent means {definition.DefaultEdition.Id}), not {named}.");
            return Invalid(errors);
        }

        var arguments = args.ValueKind == JsonValueKind.Object ? JsonInput.Arguments(args, JsonMembers.Args, "", definition: null, errors) : ArgumentSet.Empty;
        return Parsed<RenderRequest?>.From(new(new RenderRequest(definition, chosen, arguments, presetKey), errors), "The arguments are not valid");
    }

    /// <summary>The smallest body that renders <paramref name="prompt"/>: its required arguments at their examples.</summary>
    private static string ExampleBody(PromptDefinition prompt) =>
        $"{{\"{JsonMembers.Prompt}\": \"{prompt.Name}\", \"{JsonMembers.Args}\": {{{string.Join(", ", prompt.Arguments.Where(a => a.Required).Select(a => $"\"{a.Name}\": \"{a.Example}\""))}}}}}";

    private static Parsed<RenderRequest?> Failed(ProblemHttpResult problem) => Parsed<RenderRequest?>.Failed(problem);

    private static Parsed<RenderRequest?> Invalid(FieldErrors errors) => Parsed<RenderRequest?>.From(ReadResult<RenderRequest?>.Failed(errors), "The request is not valid");
}
