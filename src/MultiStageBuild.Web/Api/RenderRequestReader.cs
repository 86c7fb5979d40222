using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Api;

/// <summary>A render request that passed the shape checks: a known prompt and string arguments.</summary>
internal sealed record RenderRequest(PromptDefinition Prompt, ArgumentSet Arguments);

/// <summary>Either the request or the problem that stops it.</summary>
internal sealed record RenderRequestRead(RenderRequest? Request, ProblemHttpResult? Problem);

/// <summary>
/// Reads <c>{"prompt": "...", "args": {...}}</c> from at most <see cref="MaxBodyBytes"/> of body, so that every
/// failure, from an oversized body to a number where a string belongs, is a problem response we word ourselves.
/// </summary>
internal static class RenderRequestReader
{
    public const int MaxBodyBytes = 64 * 1024;

    private const string PromptMember = "prompt";
    private const string ArgsMember = "args";

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false };

    public static async Task<RenderRequestRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Failed(TooLarge());
        }

        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= MaxBodyBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
            }

            // Parse copies out every string it keeps, so the buffer can go back to the pool afterwards.
            return length > MaxBodyBytes ? Failed(TooLarge()) : Parse(buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static RenderRequestRead Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (!Utf8.IsValid(body.Span))
        {
            return Failed(TypedResults.Problem(title: "The body is not valid JSON", detail: "The body is not valid UTF-8.", statusCode: StatusCodes.Status400BadRequest));
        }

        try
        {
            using var document = JsonDocument.Parse(body, ParseOptions);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            return Failed(TypedResults.Problem(
                title: "The body is not valid JSON",
                detail: $"Line {line}, byte {position}: {WithoutZeroBasedPosition(e.Message)}",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["line"] = line, ["position"] = position }));
        }
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
        foreach (var member in root.EnumerateObject().Where(m => m.Name is not (PromptMember or ArgsMember)))
        {
            errors[member.Name] = [$"A render request has only \"{PromptMember}\" and \"{ArgsMember}\"; '{member.Name}' is not one of them."];
        }

        var name = root.TryGetProperty(PromptMember, out var prompt) && prompt.ValueKind == JsonValueKind.String ? prompt.GetString() : null;
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
            return Failed(Invalid("The request is not valid", errors));
        }

        var values = args.ValueKind == JsonValueKind.Object ? args.EnumerateObject().ToList() : [];
        foreach (var value in values.Where(v => v.Value.ValueKind != JsonValueKind.String))
        {
            errors[value.Name] = [$"{value.Name} must be a string, not {Describe(value.Value)}."];
        }

        if (errors.Count > 0)
        {
            return Failed(Invalid("The arguments are not valid", errors));
        }

        if (PromptCatalogue.Find(name!) is not { } definition)
        {
            var known = string.Join(", ", PromptCatalogue.All.Select(p => p.Name));
            return Failed(TypedResults.Problem(title: $"No prompt named '{name}'", detail: $"The known prompts are: {known}.", statusCode: StatusCodes.Status404NotFound));
        }

        var arguments = ArgumentSet.From(values.Select(v => KeyValuePair.Create(v.Name, v.Value.GetString())));
        return new(new RenderRequest(definition, arguments), null);
    }

    /// <summary>A 400 problem with <c>errors</c> keyed by the member or argument they concern.</summary>
    public static ProblemHttpResult Invalid(string title, Dictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = StatusCodes.Status400BadRequest });

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        title: "The body is too large",
        detail: $"A render request may be at most {MaxBodyBytes / 1024} KB.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>The parser's message ends with its own zero-based position, which would contradict ours.</summary>
    private static string WithoutZeroBasedPosition(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? message[..at] : message;

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
