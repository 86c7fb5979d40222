using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MultiStageBuild.Web.Tests.Api;

/// <summary>Small helpers for talking to the render API with raw JSON, so tests see exactly what clients see.</summary>
internal static class ApiClient
{
    public const string Prompt = "multi-stage-build";

    private const string ProblemJson = "application/problem+json";

    public static Task<HttpResponseMessage> PostRenderAsync(this HttpClient client, JsonNode? args, string prompt = Prompt) =>
        client.PostRawAsync(new JsonObject { ["prompt"] = prompt, ["args"] = args?.DeepClone() }.ToJsonString());

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body) => client.PostJsonAsync("/api/render", body);

    /// <summary>The page at <paramref name="path"/> as a browser asks for it (<c>Accept: text/html</c>), asserted to be 200.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> as UTF-8 <c>application/json</c>, byte for byte.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>
    /// A request with <paramref name="body"/> as UTF-8 <c>application/json</c> (every API change is JSON, even one without a
    /// body), and <c>If-Match</c> and <c>Origin</c> when given, sent as written.
    /// </summary>
    public static HttpRequestMessage JsonRequest(HttpMethod method, string path, string body, string? ifMatch = null, string? origin = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;

    /// <summary>Asserts <paramref name="response"/> is an RFC 9457 problem with <paramref name="status"/> and a title; returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ProblemJson, response.ContentType()?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The messages under <c>errors[name]</c> of a validation problem.</summary>
    public static IReadOnlyList<string> ErrorsFor(this JsonElement problem, string name) =>
        [.. problem.GetProperty("errors").GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
