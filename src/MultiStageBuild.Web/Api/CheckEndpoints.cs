using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Check;

namespace MultiStageBuild.Web.Api;

public static class CheckEndpoints
{
    private static readonly HashSet<string> CheckMembers = [JsonMembers.Server];

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
        var errors = new FieldErrors();
        var server = root.ValueKind == JsonValueKind.Object ? JsonInput.Member(root, JsonMembers.Server) : default;
        var name = server.ValueKind == JsonValueKind.String ? JsonInput.String(server, JsonMembers.Server, JsonMembers.Server, errors) : null;
        if (name is null || check.Find(name) is not { } target)
        {
            if (errors.IsEmpty)
            {
                var known = string.Join(", ", check.Servers.Select(s => s.Name));
                errors.Add(JsonMembers.Server, name is null
                    ? $"{JsonMembers.Server} is required: the name of a configured MCP server ({known})."
                    : $"No configured server is called '{InputMessages.Quote(name)}'; the configured ones are {known}.");
            }

            return ApiProblems.Invalid("The request is not valid", errors);
        }

        // The rest is a render request of multi-stage-build unless it names its prompt.
        var read = RenderRequestReader.Read(root, KnownPrompts.PresetPrompt, CheckMembers);
        var rendered = await RenderEndpoints.RenderAsync(read, renderService, presets, cancellationToken);
        return rendered.Problem ?? (Results<Ok<ServerCheckResult>, ProblemHttpResult>)TypedResults.Ok(await check.CheckAsync(target, rendered.Value, cancellationToken));
    }
}
