using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// Reads request bodies of at most a given size, so that every failure, from an oversized body to invalid UTF-8 or
/// malformed JSON, is a problem response we word ourselves. The buffer grows with the body, up to the limit.
/// </summary>
internal static class BoundedBody
{
    public const int DefaultLimit = 64 * 1024;

    private const int FirstBufferSize = 16 * 1024;

    private const string NotJson = "The body is not valid JSON";

    /// <summary>The body parsed as one JSON value; <paramref name="what"/> names it in the too-large message.</summary>
    public static Task<Parsed<JsonElement>> ReadJsonAsync(HttpRequest request, string what, CancellationToken cancellationToken, int limit = DefaultLimit) =>
        ReadAsync(request, what, limit, ParseJson, cancellationToken);

    /// <summary>The body as UTF-8 text without a byte order mark.</summary>
    public static Task<Parsed<string>> ReadTextAsync(HttpRequest request, string what, CancellationToken cancellationToken, int limit = DefaultLimit) =>
        ReadAsync(request, what, limit, body => new Parsed<string>(Encoding.UTF8.GetString(body.Span), null), cancellationToken);

    private static async Task<Parsed<T>> ReadAsync<T>(
        HttpRequest request, string what, int limit, Func<ReadOnlyMemory<byte>, Parsed<T>> parse, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return Parsed<T>.Failed(TooLarge(what, limit));
        }

        // One byte over the limit is enough to tell a body that is too large, whether or not it said its length.
        var capacity = limit + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? FirstBufferSize, limit) + 1);
        try
        {
            int length = 0, read;
            do
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, capacity);
                }

                try
                {
                    read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, capacity) - length), cancellationToken);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    // Kestrel's own limit for the endpoint, reached by the byte past ours.
                    return Parsed<T>.Failed(TooLarge(what, limit));
                }

                length += read;
            }
            while (read > 0 && length < capacity);

            // The parsers copy out everything they keep, so the buffer can go back to the pool afterwards.
            return length > limit ? Parsed<T>.Failed(TooLarge(what, limit)) : Decode(buffer.AsMemory(0, length), parse);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int capacity)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, capacity));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static Parsed<T> Decode<T>(ReadOnlyMemory<byte> body, Func<ReadOnlyMemory<byte>, Parsed<T>> parse)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        return Utf8.IsValid(body.Span)
            ? parse(body)
            : Parsed<T>.Failed(TypedResults.Problem(title: NotJson, detail: "The body is not valid UTF-8.", statusCode: StatusCodes.Status400BadRequest));
    }

    private static Parsed<JsonElement> ParseJson(ReadOnlyMemory<byte> body)
    {
        var parsed = JsonInput.Parse(body, out var syntaxError);
        if (parsed.Succeeded)
        {
            return new(parsed.Value, null);
        }

        return Parsed<JsonElement>.Failed(syntaxError is null
            ? ApiProblems.Invalid("The request is not valid", parsed.Errors)
            : TypedResults.Problem(
                title: NotJson,
                detail: InputMessages.NotJson(syntaxError),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["line"] = (syntaxError.LineNumber ?? 0) + 1, ["position"] = (syntaxError.BytePositionInLine ?? 0) + 1 }));
    }

    /// <summary>A body limit as people read it: "64 KB", "5 MB".</summary>
    public static string SizeLabel(int limit) => limit % (1024 * 1024) == 0 ? $"{limit / (1024 * 1024)} MB" : $"{limit / 1024} KB";

    private static ProblemHttpResult TooLarge(string what, int limit) => TypedResults.Problem(
        title: "The body is too large",
        detail: $"A {what} may be at most {SizeLabel(limit)}.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
