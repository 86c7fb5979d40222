using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Components.Shared;
using MultiStageBuild.Web.Session;

namespace MultiStageBuild.Web;

/// <summary>The designer's options, from the <c>Designer</c> section of appsettings.json.</summary>
public sealed class DesignerOptions
{
    public const string Section = "Designer";

    /// <summary>The MCP server invocations address (Contree's HTTP mode by default).</summary>
    public string McpServerUrl { get; set; } = InvocationTarget.Contree.ServerUrl;

    /// <summary>The name clients register that server under, for slash commands.</summary>
    public string McpServerName { get; set; } = InvocationTarget.Contree.ServerName;
}

public static class DesignerServices
{
    public static IServiceCollection AddDesigner(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DesignerOptions.Section).Get<DesignerOptions>() ?? new DesignerOptions();
        services.AddSingleton(new PromptRenderService(new InvocationTarget(options.McpServerUrl, options.McpServerName)));
        services.AddScoped<AuthorSession>();
        services.AddScoped<PresetSaver>();
        return services;
    }
}
