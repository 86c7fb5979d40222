using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MultiStageBuild.Web.Mcp;

/// <summary>
/// The prompts as MCP tools, for clients that call tools but do not use prompts: <c>list_presets</c> lists what
/// <c>prompts/list</c> lists, <c>render_prompt</c> returns what <c>prompts/get</c> returns, through the same
/// <see cref="McpCatalogue"/>. A caller's mistake is a tool result with <c>isError</c>, as MCP asks of tools.
/// </summary>
internal static class McpTools
{
    public const string ListPresets = "list_presets";
    public const string RenderPrompt = "render_prompt";

    private static readonly PromptDefinition Definition = KnownPrompts.PresetPrompt;

    public static IReadOnlyList<Tool> All { get; } =
    [
        new()
        {
            Name = ListPresets,
            Title = "List the team's presets",
            Description = "The team's saved presets of Contree's multi-stage-build prompt: name, description, tags, version, " +
                $"the prompt that serves each (for {RenderPrompt} or prompts/get) and its values. Optionally filtered by text or tag.",
            InputSchema = Schema(new JsonObject
            {
                [JsonMembers.Search] = new JsonObject { ["type"] = "string", ["description"] = "Text the name, description or a tag contains (any case)." },
                [JsonMembers.Tag] = new JsonObject { ["type"] = "string", ["description"] = "A tag the preset carries (any case)." },
            }),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false },
        },
        new()
        {
            Name = RenderPrompt,
            Title = "Render the multi-stage-build prompt",
            Description = "Returns the Markdown instructions prompts/get returns for the same prompt and arguments, byte for byte, " +
                $"then any warnings. {JsonMembers.Prompt}: '{Definition.Name}', a preset's prompt name from {ListPresets}, or a preset's name; " +
                "a preset fills every argument left out.",
            InputSchema = Schema(
                new JsonObject
                {
                    [JsonMembers.Prompt] = new JsonObject
                    {
                        ["type"] = "string",
                        ["description"] = $"'{Definition.Name}', a preset prompt such as '{McpCatalogue.PresetPromptPrefix}python', or a preset's name.",
                        ["default"] = Definition.Name,
                    },
                    [JsonMembers.McpArguments] = new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "Argument values by name; those left out or blank take the preset's value or the default.",
                        ["properties"] = new JsonObject(Definition.Arguments.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)ArgumentSchema(a)))),
                        ["additionalProperties"] = false,
                    },
                }),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false },
        },
    ];

    public static ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListToolsResult { Tools = [.. All] });

    public static async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        var catalogue = (context.Services ?? throw new McpException("The MCP server has no service provider.")).GetRequiredService<McpCatalogue>();
        var arguments = context.Params?.Arguments ?? new Dictionary<string, JsonElement>();
        try
        {
            return context.Params?.Name switch
            {
                ListPresets => await ListPresetsAsync(catalogue, arguments, cancellationToken),
                RenderPrompt => await RenderPromptAsync(catalogue, arguments, cancellationToken),
                var name => throw new McpProtocolException(
                    $"Unknown tool '{InputMessages.Quote(name ?? "")}'. This server has {ListPresets} and {RenderPrompt}; tools/list describes them.",
                    McpErrorCode.InvalidParams),
            };
        }
        catch (McpProtocolException e) when (e.ErrorCode == McpErrorCode.InvalidParams && context.Params?.Name is ListPresets or RenderPrompt)
        {
            return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = e.Message }] };
        }
    }

    private static async Task<CallToolResult> ListPresetsAsync(McpCatalogue catalogue, IDictionary<string, JsonElement> arguments, CancellationToken cancellationToken)
    {
        var search = OptionalText(arguments, JsonMembers.Search);
        var tag = OptionalText(arguments, JsonMembers.Tag);
        Unknown(arguments, JsonMembers.Search, JsonMembers.Tag);
        var presets = (await catalogue.LoadAsync(cancellationToken)).PresetPrompts
            .Where(p => tag is null || p.Preset!.Draft.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .Where(p => search is null || Matches(p.Preset!, search))
            .Select(p => new JsonObject
            {
                [JsonMembers.Name] = p.Preset!.Name,
                [JsonMembers.Description] = p.Preset.Draft.Description,
                [JsonMembers.Tags] = new JsonArray([.. p.Preset.Draft.Tags.Select(t => (JsonNode?)t)]),
                [JsonMembers.Version] = p.Preset.Version,
                [JsonMembers.Prompt] = p.Name,
                [JsonMembers.Args] = new JsonObject(Definition.Arguments.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)p.Baseline[a.Name]))),
            })
            .ToList();
        var structured = new JsonObject { [JsonMembers.Presets] = new JsonArray([.. presets]) };
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = structured.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) }],
            StructuredContent = JsonSerializer.SerializeToElement(structured),
        };
    }

    private static async Task<CallToolResult> RenderPromptAsync(McpCatalogue catalogue, IDictionary<string, JsonElement> arguments, CancellationToken cancellationToken)
    {
        var name = OptionalText(arguments, JsonMembers.Prompt) ?? Definition.Name;
        Unknown(arguments, JsonMembers.Prompt, JsonMembers.McpArguments);
        var given = arguments.TryGetValue(JsonMembers.McpArguments, out var values) && values.ValueKind != JsonValueKind.Null
            ? values.ValueKind == JsonValueKind.Object
                ? McpCatalogue.ReadArguments(values.EnumerateObject().ToDictionary(p => p.Name, p => p.Value))
                : throw Invalid($"{JsonMembers.McpArguments} must be an object of argument values by name.")
            : new Dictionary<string, string>();
        var snapshot = await catalogue.LoadAsync(cancellationToken);
        var prompt = snapshot.Find(name)
            ?? snapshot.PresetPrompts.FirstOrDefault(p => string.Equals(p.Preset!.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? await catalogue.FindAsync(name, cancellationToken);
        var (markdown, warnings) = catalogue.RenderChecked(prompt, given);
        return new CallToolResult
        {
            Content =
            [
                new TextContentBlock { Text = markdown },
                .. warnings.Select(w => new TextContentBlock { Text = $"Warning ({w.Argument}): {w.Message}" }),
            ],
        };
    }

    private static bool Matches(StoredPreset preset, string search) =>
        preset.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || preset.Draft.Description.Contains(search, StringComparison.OrdinalIgnoreCase)
        || preset.Draft.Tags.Any(t => t.Contains(search, StringComparison.OrdinalIgnoreCase));

    private static string? OptionalText(IDictionary<string, JsonElement> arguments, string name) =>
        !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() is { Length: > 0 } text ? text : null
        : throw Invalid($"{name} must be a string.");

    private static void Unknown(IDictionary<string, JsonElement> arguments, params string[] known)
    {
        if (arguments.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw Invalid($"Unknown argument '{InputMessages.Quote(unknown)}'; this tool takes {string.Join(" and ", known)}.");
        }
    }

    private static JsonObject ArgumentSchema(Core.Prompts.PromptArgument argument)
    {
        var schema = new JsonObject { ["type"] = "string", ["description"] = argument.Description };
        if (argument.DefaultValue is { } value)
        {
            schema["default"] = value;
        }

        return schema;
    }

    private static JsonElement Schema(JsonObject properties) =>
        JsonSerializer.SerializeToElement(new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false });

    private static McpProtocolException Invalid(string message) => new(message, McpErrorCode.InvalidParams);
}
