using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Check;

namespace MultiStageBuild.Web.Api;

public static class CheckEndpoints
{
    private const string ServerMember = "server";

    /// <summary>
    /// Maps <c>POST check</c>: <c>{"server": name, "edition": ..., "args": {...}}</c> gets the prompt from that configured
    /// MCP server and compares it with the render, as the designer's "Check against server" does.
    /// </summary>
    public static IEndpointRouteBuilder MapCheckEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/check", Check).WithName("CheckAgainstServer").WithPresetStoreProblems();
        return api;
    }

    private static async Task<Results<Ok<ServerCheckResult>, ProblemHttpResult>> Check(
        HttpRequest request, PromptRenderService renderService, IPresetRepository presets, McpServerCheck check, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "check request", cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var root = body.Value;
        var name = root.ValueKind == JsonValueKind.Object && root.TryGetProperty(ServerMember, out var server) && server.ValueKind == JsonValueKind.String
            ? server.GetString()! : null;
        if (name is null || check.Find(name) is not { } target)
        {
            var known = string.Join(", ", check.Servers.Select(s => s.Name));
            return ApiProblems.Invalid("The request is not valid", new Dictionary<string, string[]>
            {
                [ServerMember] = [name is null ? $"server is required: the name of a configured MCP server ({known})." : $"No configured server is called '{name}'; the configured ones are {known}."],
            });
        }

        // The rest is a render request of multi-stage-build unless it names its prompt.
        var rest = JsonSerializer.SerializeToNode(root)!.AsObject();
        rest.Remove(ServerMember);
        rest.TryAdd("prompt", KnownPrompts.PresetPrompt.Name);
        var read = RenderRequestReader.Read(JsonSerializer.SerializeToElement(rest));
        var rendered = await RenderEndpoints.RenderAsync(read, renderService, presets, cancellationToken);
        return rendered.Problem ?? (Results<Ok<ServerCheckResult>, ProblemHttpResult>)TypedResults.Ok(await check.CheckAsync(target, rendered.Value, cancellationToken));
    }
}
