namespace MultiStageBuild.Web.Api;

public static class RenderEndpoints
{
    public static IEndpointRouteBuilder MapRenderEndpoints(this IEndpointRouteBuilder app) => app;
}
