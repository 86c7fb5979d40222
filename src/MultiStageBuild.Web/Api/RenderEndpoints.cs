using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Api;

public static class RenderEndpoints
{
    /// <summary>
    /// Maps the HTTP API under <c>/api</c>: <c>POST render</c> (of a prompt's arguments, or of a preset's with
    /// overrides) and the prompt listing.
    /// </summary>
    public static IEndpointRouteBuilder MapRenderEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/render", Render).WithName("RenderPrompt").WithPresetStoreProblems();
        api.MapPromptEndpoints();
        api.MapCheckEndpoints();
        return app;
    }

    private static async Task<Results<Ok<RenderResponse>, ProblemHttpResult>> Render(
        HttpRequest request, PromptRenderService renderService, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var read = await RenderRequestReader.ReadAsync(request, cancellationToken);
        var rendered = await RenderAsync(read, renderService, presets, cancellationToken);
        return rendered.Problem ?? (Results<Ok<RenderResponse>, ProblemHttpResult>)TypedResults.Ok(RenderResponse.From(rendered.Value));
    }

    /// <summary>Renders a read request (a preset's arguments overlaid by the given ones), or the problem that stops it.</summary>
    internal static async Task<Parsed<RenderResult>> RenderAsync(
        Parsed<RenderRequest?> read, PromptRenderService renderService, IPresetRepository presets, CancellationToken cancellationToken)
    {
        if (read.Value is not { } renderRequest)
        {
            return Parsed<RenderResult>.Failed(read.Problem!);
        }

        if (renderRequest.Preset is { } key)
        {
            if (await PresetLookup.FindAsync(key, presets, cancellationToken) is not { } preset)
            {
                return Parsed<RenderResult>.Failed(ApiProblems.UnknownPreset(key));
            }

            renderRequest = renderRequest with { Arguments = preset.Arguments.OverlaidBy(renderRequest.Arguments.Values, renderRequest.Prompt) };
        }

        var result = renderService.Render(renderRequest.Prompt, renderRequest.Arguments, renderRequest.Edition);
        return result.Succeeded ? new(result, null) : Parsed<RenderResult>.Failed(InvalidArguments(result));
    }

    private static ProblemHttpResult InvalidArguments(RenderResult result) => ApiProblems.Invalid("The arguments are not valid",
        result.Issues.Where(i => i.Severity == IssueSeverity.Error)
            .GroupBy(i => i.Argument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal));
}
