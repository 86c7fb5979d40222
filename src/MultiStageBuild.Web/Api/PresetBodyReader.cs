using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// Reads <c>{"name", "description", "tags", "args"}</c> into a draft. Shape errors (a number where a string belongs)
/// are keyed like <see cref="PresetRules"/> keys its own (<c>name</c>, <c>tags</c>, <c>args.source</c>) and reported
/// together with them. The read-only members of a preset response are ignored, so a client may send back what it read.
/// </summary>
internal static class PresetBodyReader
{
    private const string NameMember = "name";
    private const string DescriptionMember = "description";
    private const string TagsMember = "tags";
    private const string ArgsMember = "args";

    private static readonly HashSet<string> Members = [NameMember, DescriptionMember, TagsMember, ArgsMember];
    private static readonly HashSet<string> ReadOnlyMembers = ["id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "deletedAt"];

    public static async Task<Parsed<PresetDraft?>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "preset", cancellationToken);
        return body.Problem is { } problem ? Parsed<PresetDraft?>.Failed(problem) : Read(body.Value);
    }

    private static Parsed<PresetDraft?> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Parsed<PresetDraft?>.Failed(TypedResults.Problem(
                title: "The request is not valid",
                detail: "The body must be a JSON object such as {\"name\": \"Poetry app\", \"tags\": [\"python\"], \"args\": {\"install_cmd\": \"poetry install\"}}.",
                statusCode: StatusCodes.Status400BadRequest));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject().Where(m => !Members.Contains(m.Name) && !ReadOnlyMembers.Contains(m.Name)))
        {
            errors[member.Name] = [$"A preset has \"{NameMember}\", \"{DescriptionMember}\", \"{TagsMember}\" and \"{ArgsMember}\"; '{member.Name}' is not one of them."];
        }

        var draft = new PresetDraft(Text(root, NameMember, errors), Text(root, DescriptionMember, errors), Tags(root, errors), Arguments(root, errors));
        if (errors.Count == 0)
        {
            return new(draft, null);
        }

        // Report the rules' findings on what could be read as well, so one round trip shows every problem.
        foreach (var (field, messages) in PresetRules.Check(draft.Normalized(), MultiStageBuildPrompt.Definition))
        {
            errors.TryAdd(field, messages);
        }

        return Parsed<PresetDraft?>.Failed(ApiProblems.Invalid("The preset is not valid", errors));
    }

    private static string Text(JsonElement root, string member, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors[member] = [$"{member} must be a string."];
            return "";
        }

        return value.GetString()!;
    }

    private static List<string> Tags(JsonElement root, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(TagsMember, out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (tags.ValueKind != JsonValueKind.Array || tags.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
        {
            errors[TagsMember] = [$"{TagsMember} must be an array of strings."];
            return [];
        }

        return [.. tags.EnumerateArray().Select(t => t.GetString()!)];
    }

    private static ArgumentSet Arguments(JsonElement root, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(ArgsMember, out var args) || args.ValueKind == JsonValueKind.Null)
        {
            return ArgumentSet.Empty;
        }

        if (args.ValueKind != JsonValueKind.Object)
        {
            errors[ArgsMember] = [$"{ArgsMember} must be an object of string values."];
            return ArgumentSet.Empty;
        }

        var arguments = ArgumentSet.Empty;
        foreach (var property in args.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                arguments = arguments.With(property.Name, property.Value.GetString());
            }
            else
            {
                errors[$"{ArgsMember}.{property.Name}"] = [$"{property.Name} must be a string."];
            }
        }

        return arguments;
    }
}
