using Microsoft.Extensions.Options;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Check;
using MultiStageBuild.Web.Components.Shared;
using MultiStageBuild.Web.Components.Shortcuts;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Session;

namespace MultiStageBuild.Web;

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
        services.AddScoped<UserAccess>();
        services.AddScoped<AuthorSession>();
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ClientAddressCircuitHandler>();
        services.AddScoped<PresetSaver>();
        services.AddScoped<PageShortcuts>();
        return services;
    }
}
