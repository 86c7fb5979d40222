using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>The MCP endpoint: the base prompt and the team's presets as prompts and resources, over Streamable HTTP.</summary>
public static class McpServerSetup
{
    public const string Path = "/mcp";
    public const string ServerName = "multistagebuild";

    /// <summary>The endpoint's address on the app at <paramref name="baseUri"/> (NavigationManager.BaseUri, with its path base).</summary>
    public static string EndpointUrl(string baseUri) => baseUri + Path.TrimStart('/');

    public static IServiceCollection AddPresetMcpServer(this IServiceCollection services)
    {
        services.AddOptions<McpOptions>().BindConfiguration(McpOptions.Section)
            .Validate(o => KnownPrompts.PresetPrompt.FindEdition(o.Edition) is not null,
                $"{McpOptions.Section}:Edition must be one of {KnownPrompts.PresetPrompt.EditionIds}.")
            .ValidateOnStart();
        services.AddSingleton<McpCatalogue>();
        services.AddSingleton<PromptListSignal>();
        services.AddHostedService<PresetListChangeRelay>();

        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation
                {
                    Name = ServerName,
                    Title = "MultiStageBuild",
                    Version = typeof(McpServerSetup).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                };
                options.ServerInstructions =
                    "Serves Contree's multi-stage-build prompt and one multi-stage-build.<preset> prompt per saved team preset; " +
                    "a preset prompt fills every argument you leave blank with the preset's value. Clients without prompts: the list_presets " +
                    "and render_prompt tools return the same.";
                options.Capabilities = new ServerCapabilities
                {
                    Prompts = new PromptsCapability { ListChanged = true },
                    Resources = new ResourcesCapability(),
                    Completions = new CompletionsCapability(),
                    Tools = new ToolsCapability(),
                };
            })
            // Initialize-handshake clients (most agents today) get sessions, so list_changed reaches them unsolicited;
            // 2026-07-28 clients are served statelessly, told by a zero TTL to list again rather than cache.
            .WithHttpTransport(transport => transport.SessionMode = HttpServerSessionMode.StatefulForInitializeClients)
            .WithMessageFilters(filters => filters.AddIncomingFilter(McpParamsCheck.Filter).AddIncomingFilter(McpLoggedValues.Filter))
            .WithListPromptsHandler(McpHandlers.ListPromptsAsync)
            .WithGetPromptHandler(McpHandlers.GetPromptAsync)
            .WithCompleteHandler(McpHandlers.CompleteAsync)
            .WithListResourcesHandler(McpHandlers.ListResourcesAsync)
            .WithReadResourceHandler(McpHandlers.ReadResourceAsync)
            .WithListToolsHandler(McpTools.ListAsync)
            .WithCallToolHandler(McpTools.CallAsync);

        services.AddOptions<McpServerOptions>().Configure<PromptListSignal>((options, signal) => options.PromptCollection = signal);
        return services;
    }

    public static IEndpointConventionBuilder MapPresetMcp(this IEndpointRouteBuilder endpoints) => endpoints.MapMcp(Path);
}
