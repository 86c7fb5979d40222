using Microsoft.Extensions.Options;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Check;
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

    /// <summary>The edition the designer shows until one is chosen (the reference document's by default).</summary>
    public string ContreeEdition { get; set; } = MultiStageBuildPrompt.DocsEdition;

    /// <summary>The MCP servers "Check against server" may call; no other address is ever called.</summary>
    public List<CheckServer> Servers { get; set; } = [];

    /// <summary>How long a check against a server may take.</summary>
    public int CheckTimeoutSeconds { get; set; } = 5;

    /// <summary>The configured edition; start-up fails on an id that names none.</summary>
    public PromptEdition ShownEdition => KnownPrompts.PresetPrompt.FindEdition(ContreeEdition)
        ?? throw new InvalidOperationException($"{Section}:ContreeEdition is '{ContreeEdition}'; it must be one of {KnownPrompts.PresetPrompt.EditionIds}.");
}

public static class DesignerServices
{
    public static IServiceCollection AddDesigner(this IServiceCollection services)
    {
        // Read when first needed, so configuration added after this call (a test host's) counts.
        services.AddOptions<DesignerOptions>().BindConfiguration(DesignerOptions.Section)
            .PostConfigure(options =>
            {
                if (options.Servers.Count == 0)
                {
                    options.Servers.Add(CheckServer.Contree);
                }
            })
            .Validate(o => KnownPrompts.PresetPrompt.FindEdition(o.ContreeEdition) is not null,
                $"{DesignerOptions.Section}:ContreeEdition must be one of {KnownPrompts.PresetPrompt.EditionIds}.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DesignerOptions>>().Value);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<DesignerOptions>();
            return new PromptRenderService(new InvocationTarget(options.McpServerUrl, options.McpServerName));
        });
        services.AddSingleton<McpServerCheck>();
        services.AddScoped<AuthorSession>();
        services.AddScoped<PresetSaver>();
        services.AddScoped<PresetTrash>();
        return services;
    }
}
