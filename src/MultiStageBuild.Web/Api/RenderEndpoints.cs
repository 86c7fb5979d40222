using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Api;

public static class RenderEndpoints
{
    /// <summary>Maps the HTTP API under <c>/api</c>: <c>POST render</c> and the prompt listing.</summary>
    public static IEndpointRouteBuilder MapRenderEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/render", Render).WithName("RenderPrompt");
        api.MapPromptEndpoints();
        return app;
    }

    private static async Task<Results<Ok<RenderResponse>, ProblemHttpResult>> Render(
        HttpRequest request, PromptRenderService renderService, CancellationToken cancellationToken)
    {
        var read = await RenderRequestReader.ReadAsync(request, cancellationToken);
        if (read.Request is not { } renderRequest)
        {
            return read.Problem!;
        }

        var result = renderService.Render(renderRequest.Prompt, renderRequest.Arguments);
        if (!result.Succeeded)
        {
            var errors = result.Issues.Where(i => i.Severity == IssueSeverity.Error)
                .GroupBy(i => i.Argument, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray(), StringComparer.Ordinal);
            return RenderRequestReader.Invalid("The arguments are not valid", errors);
        }

        return TypedResults.Ok(RenderResponse.From(result));
    }
}
