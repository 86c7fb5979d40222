using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>The MCP request handlers: each reads <see cref="McpCatalogue"/> and turns its answer into protocol records.</summary>
internal static class McpHandlers
{
    public const string JsonMimeType = "application/json";

    public static async ValueTask<ListPromptsResult> ListPromptsAsync(RequestContext<ListPromptsRequestParams> context, CancellationToken cancellationToken)
    {
        var snapshot = await Catalogue(context).LoadAsync(cancellationToken);
        var (page, next) = McpCatalogue.Page(snapshot.Prompts, context.Params?.Cursor);
        return new ListPromptsResult { Prompts = [.. page.Select(ToProtocol)], NextCursor = next, TimeToLive = TimeSpan.Zero };
    }

    public static async ValueTask<GetPromptResult> GetPromptAsync(RequestContext<GetPromptRequestParams> context, CancellationToken cancellationToken)
    {
        var catalogue = Catalogue(context);
        var prompt = await catalogue.FindAsync(context.Params?.Name, cancellationToken);
        var markdown = catalogue.Render(prompt, McpCatalogue.ReadArguments(context.Params?.Arguments));
        return new GetPromptResult
        {
            Description = prompt.Description,
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = markdown } }],
        };
    }

    public static async ValueTask<CompleteResult> CompleteAsync(RequestContext<CompleteRequestParams> context, CancellationToken cancellationToken)
    {
        if (context.Params?.Ref is not PromptReference reference)
        {
            // Resources are fixed URIs, not templates: there is nothing to complete.
            return new CompleteResult { Completion = new Completion { Values = [], Total = 0, HasMore = false } };
        }

        var argument = context.Params.Argument;
        var values = await Catalogue(context).CompleteAsync(reference.Name, argument?.Name, argument?.Value, cancellationToken);
        return new CompleteResult { Completion = new Completion { Values = [.. values.Values], Total = values.Total, HasMore = values.HasMore } };
    }

    public static async ValueTask<ListResourcesResult> ListResourcesAsync(RequestContext<ListResourcesRequestParams> context, CancellationToken cancellationToken)
    {
        var snapshot = await Catalogue(context).LoadAsync(cancellationToken);
        var (page, next) = McpCatalogue.Page([.. snapshot.PresetPrompts], context.Params?.Cursor);
        return new ListResourcesResult
        {
            Resources = [.. page.Select(p => new Resource
            {
                Uri = p.ResourceUri!,
                Name = p.Slug!,
                Title = p.Title,
                Description = $"The saved preset \"{p.Title}\" as a presets document (import it on the Presets page).",
                MimeType = JsonMimeType,
            })],
            NextCursor = next,
            TimeToLive = TimeSpan.Zero,
        };
    }

    public static async ValueTask<ReadResourceResult> ReadResourceAsync(RequestContext<ReadResourceRequestParams> context, CancellationToken cancellationToken)
    {
        var (prompt, json) = await Catalogue(context).ReadResourceAsync(context.Params?.Uri, cancellationToken);
        return new ReadResourceResult { Contents = [new TextResourceContents { Uri = prompt.ResourceUri!, MimeType = JsonMimeType, Text = json }] };
    }

    public static Prompt ToProtocol(CataloguePrompt prompt) => new()
    {
        Name = prompt.Name,
        Title = prompt.Title,
        Description = prompt.Description,
        Arguments = [.. prompt.Arguments.Select(a => new ModelContextProtocol.Protocol.PromptArgument { Name = a.Name, Description = a.Description, Required = a.Required })],
    };

    private static McpCatalogue Catalogue<T>(RequestContext<T> context) =>
        (context.Services ?? throw new McpException("The MCP server has no service provider.")).GetRequiredService<McpCatalogue>();
}
