using System.Text;

namespace MultiStageBuild.Testing;

/// <summary>What one oversized request was answered with.</summary>
/// <param name="Request">What was sent, as a reader names it.</param>
/// <param name="SentBytes">The body's size.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="AnswerBytes">The answer body's size.</param>
public sealed record OversizedAnswer(string Request, int SentBytes, int Status, int AnswerBytes);

/// <summary>
/// A burst of oversized and error-laden requests at every surface that reads a body: the hostile test checks that
/// each answer stays small, the benchmark that memory returns to its baseline after many bursts.
/// </summary>
public static class OversizedRequests
{
    private const string ImportPath = "/api/presets/import";

    /// <summary>Sends each request of the burst once, in turn, and reads every answer whole.</summary>
    public static async Task<IReadOnlyList<OversizedAnswer>> SendAsync(HttpClient client, CancellationToken cancellation = default)
    {
        var answers = new List<OversizedAnswer>();
        foreach (var (name, path, body) in Bodies())
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/json, text/event-stream");

            // A declared length over the limit is refused before the body is read: the client waits for that answer.
            request.Headers.ExpectContinue = true;
            using var response = await client.SendAsync(request, cancellation);
            var answer = await response.Content.ReadAsByteArrayAsync(cancellation);
            answers.Add(new(name, Encoding.UTF8.GetByteCount(body), (int)response.StatusCode, answer.Length));
        }

        // Within /mcp's body limit, in a session: the most unknown argument names one request can carry.
        var names = UnknownNames(3_000);
        var message = """{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"multi-stage-build","arguments":{""" + names + "}}}";
        var (status, error) = await RawMcp.AnswerAsync(client, message, cancellation: cancellation);
        answers.Add(new("MCP prompts/get with 3,000 unknown argument names, in a session", Encoding.UTF8.GetByteCount(message), (int)status, Encoding.UTF8.GetByteCount(error)));
        return answers;
    }

    private static IEnumerable<(string Name, string Path, string Body)> Bodies()
    {
        yield return ("MCP prompts/get with 200,000 unknown argument names",
            "/mcp", """{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"multi-stage-build","arguments":{""" + UnknownNames(200_000) + "}}}");
        yield return ("import of 1.9 MB of invalid entries", ImportPath, Document(Enumerable.Range(0, 5_400).Select(i =>
            $$$"""{"name": "entry {{{i}}}", "args": {"source": "relative/{{{new string('x', 300)}}}"}}""")));
        yield return ("import of 6 MB", ImportPath, Document(Enumerable.Range(0, 6).Select(i =>
            $$"""{"name": "big {{i}}", "description": "{{new string('d', 1024 * 1024)}}"}""")));
        yield return ("render with 3,000 unknown argument names", "/api/render",
            """{"prompt": "multi-stage-build", "args": {""" + UnknownNames(3_000) + "}}");
        yield return ("render of an unknown 60 KB prompt name", "/api/render", $$"""{"prompt": "{{new string('p', 60_000)}}"}""");
        yield return ("preset with 3,000 unknown argument names", "/api/presets", """{"name": "burst", "args": {""" + UnknownNames(3_000) + "}}");
        yield return ("preset with 2,000 tags of 30 characters", "/api/presets",
            $$"""{"name": "tags", "tags": [{{string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"\"{i:D4}{new string('t', 26)}\""))}}]}""");
    }

    private static string UnknownNames(int count) => string.Join(",", Enumerable.Range(0, count).Select(i => $"\"n{i:D6}\":\"x\""));

    private static string Document(IEnumerable<string> entries) =>
        $$"""{"format": "multi-stage-build-presets", "version": 1, "presets": [{{string.Join(",", entries)}}]}""";
}
