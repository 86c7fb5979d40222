using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// A render request that passed the shape checks: a known prompt, its edition and string arguments, and the preset (a
/// built-in's key or name, or a saved preset's id or name) whose arguments the given ones override, if any.
/// </summary>
internal sealed record RenderRequest(PromptDefinition Prompt, PromptEdition Edition, ArgumentSet Arguments, string? Preset = null);

/// <summary>Either the request or the problem that stops it.</summary>
internal sealed record RenderRequestRead(RenderRequest? Request, ProblemHttpResult? Problem);

/// <summary>
/// Reads <c>{"prompt": "...", "edition": "...", "preset": "...", "args": {...}}</c> from at most <see cref="BoundedBody.DefaultLimit"/>
/// of body, so that every failure, from an oversized body to a number where a string belongs, is a problem response
/// we word ourselves.
/// </summary>
internal static class RenderRequestReader
{
    private const string PromptMember = "prompt";
    private const string PresetMember = "preset";
    private const string ArgsMember = "args";
    private const string EditionMember = "edition";

    public static async Task<RenderRequestRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "render request", cancellationToken);
        return body.Problem is { } problem ? Failed(problem) : Read(body.Value);
    }

    private static RenderRequestRead Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(TypedResults.Problem(
                title: "The request is not valid",
                detail: $"The body must be a JSON object such as {{\"prompt\": \"{MultiStageBuildPrompt.Name}\", \"args\": {{\"source\": \"/home/user/project\"}}}}, not {Describe(root)}.",
                statusCode: StatusCodes.Status400BadRequest));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject().Where(m => m.Name is not (PromptMember or EditionMember or PresetMember or ArgsMember)))
        {
            errors[member.Name] = [$"A render request has only \"{PromptMember}\", \"{EditionMember}\", \"{PresetMember}\" and \"{ArgsMember}\"; '{member.Name}' is not one of them."];
        }

        var preset = root.TryGetProperty(PresetMember, out var presetElement) ? presetElement : default;
        var presetKey = preset.ValueKind == JsonValueKind.String ? preset.GetString()!.Trim() : null;
        if (preset.ValueKind != JsonValueKind.Undefined && string.IsNullOrEmpty(presetKey))
        {
            errors[PresetMember] = [$"preset must be the name or id of a preset, such as {BuiltInPresets.Poetry.Name}, not {(preset.ValueKind == JsonValueKind.String ? "a blank string" : Describe(preset))}."];
        }

        // A preset belongs to multi-stage-build, so naming one names the prompt too.
        var name = root.TryGetProperty(PromptMember, out var prompt) ? (prompt.ValueKind == JsonValueKind.String ? prompt.GetString() : null)
            : presetKey is not null ? MultiStageBuildPrompt.Name : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            errors[PromptMember] = [$"prompt is required: the name of the prompt to render, such as {MultiStageBuildPrompt.Name}."];
        }

        var args = root.TryGetProperty(ArgsMember, out var argsElement) ? argsElement : default;
        if (args.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
        {
            errors[ArgsMember] = [$"args must be an object of string values, not {Describe(args)}."];
        }

        if (errors.Count > 0)
        {
            return Failed(ApiProblems.Invalid("The request is not valid", errors));
        }

        var values = args.ValueKind == JsonValueKind.Object ? args.EnumerateObject().ToList() : [];
        foreach (var value in values.Where(v => v.Value.ValueKind != JsonValueKind.String))
        {
            errors[value.Name] = [$"{value.Name} must be a string, not {Describe(value.Value)}."];
        }

        if (errors.Count > 0)
        {
            return Failed(ApiProblems.Invalid("The arguments are not valid", errors));
        }

        if (PromptCatalogue.Find(name!) is not { } definition)
        {
            var known = string.Join(", ", PromptCatalogue.All.Select(p => p.Name));
            return Failed(TypedResults.Problem(title: $"No prompt named '{name}'", detail: $"The known prompts are: {known}.", statusCode: StatusCodes.Status404NotFound));
        }

        var edition = root.TryGetProperty(EditionMember, out var editionElement) ? editionElement : default;
        var chosen = edition.ValueKind == JsonValueKind.Undefined ? definition.DefaultEdition
            : edition.ValueKind == JsonValueKind.String ? definition.FindEdition(edition.GetString()!) : null;
        if (chosen is null)
        {
            var named = edition.ValueKind == JsonValueKind.String ? $"'{edition.GetString()}'" : Describe(edition);
            return Failed(ApiProblems.Invalid("The request is not valid", new Dictionary<string, string[]>
            {
                [EditionMember] = [$"edition must be one of {definition.EditionIds} (absent means {definition.DefaultEdition.Id}), not {named}."],
            }));
        }

        var arguments = ArgumentSet.From(values.Select(v => KeyValuePair.Create(v.Name, v.Value.GetString())));
        return new(new RenderRequest(definition, chosen, arguments, presetKey), null);
    }

    private static RenderRequestRead Failed(ProblemHttpResult problem) => new(null, problem);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a string",
    };
}
