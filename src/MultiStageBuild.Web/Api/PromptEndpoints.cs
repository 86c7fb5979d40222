namespace MultiStageBuild.Web.Api;

public static class PromptEndpoints
{
    /// <summary>Maps <c>GET prompts</c>: every known prompt with its arguments and defaults.</summary>
    public static IEndpointRouteBuilder MapPromptEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/prompts", () => TypedResults.Ok(KnownPrompts.All.Select(PromptInfo.From).ToList()))
            .WithName("ListPrompts");
        return api;
    }
}
