using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Api;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: title, description, and what the endpoints cannot say about
/// themselves (the render request body is read by hand), with the reference document's example as examples.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    /// <summary>Where <c>MapOpenApi</c>'s default route, <c>/openapi/{documentName}.json</c>, serves the document.</summary>
    public const string DocumentPath = "/openapi/" + DocumentName + ".json";
    private const string Json = "application/json";
    private const string ApiTokenScheme = "apiToken";
    private const string SignInCookieScheme = "signInCookie";

    private static PromptDefinition Prompt => KnownPrompts.PresetPrompt;

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options
            .UsePresetArgsReference()
            .AddDocumentTransformer((document, context, _) =>
            {
                Describe(document, context.ApplicationServices.GetRequiredService<PromptRenderService>());
                return Task.CompletedTask;
            })
            .AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(PresetArgs))
                {
                    DescribePresetArgs(schema);
                }

                return Task.CompletedTask;
            }));

    /// <summary>A map is inlined by default; <see cref="PresetArgs"/> stays one named schema that responses refer to.</summary>
    private static OpenApiOptions UsePresetArgsReference(this OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = type =>
            type.Type == typeof(PresetArgs) ? nameof(PresetArgs) : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return options;
    }

    /// <summary><see cref="PresetArgs"/> is a map by argument name; the document names each argument, all of them always present.</summary>
    private static void DescribePresetArgs(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Object;
        schema.AdditionalProperties = null;
        schema.Required = new HashSet<string>(Prompt.Arguments.Select(a => a.Name));
        schema.Properties = Prompt.Arguments.ToDictionary(a => a.Name, _ => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String });
    }

    private static void Describe(OpenApiDocument document, PromptRenderService renderer)
    {
        document.Info.Title = "MultiStageBuild API";
        document.Info.Description =
            "Renders Contree's multi-stage-build prompt exactly as its MCP server does. The same prompts, the team's saved " +
            $"presets among them, are served over MCP (Streamable HTTP) at {Mcp.McpServerSetup.Path}.";

        DescribeSecurity(document);
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        DescribeHttpLayer(document);

        if (Describe(document, "/api/render", HttpMethod.Post, "Render the prompt",
                "Checks the arguments and returns the rendered Markdown in the edition asked for (byte-identical to that edition's " +
                "prompts/get text), the edition used, its HTML, the invocations and any warnings. Blank arguments take their defaults; " +
                "errors come back as a 400 problem keyed by argument, or by edition for an unknown edition.") is { } render)
        {
            render.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The prompt's name, optionally its edition, and its arguments, all strings.",
                Content = new Dictionary<string, OpenApiMediaType> { [Json] = new() { Schema = RequestSchema(), Example = SeedRequest() } },
            };
            if (render.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue(Json, out var media) == true)
            {
                media.Example = SeedResponse(renderer);
            }

            AddProblem(render, "400", "The body is not JSON, the edition is unknown (errors.edition), or the arguments are not valid (errors keyed by argument).");
            AddProblem(render, "404", "No prompt has that name.");
            AddProblem(render, "413", $"The body is over {BoundedBody.SizeLabel(BoundedBody.DefaultLimit)}.");
        }

        if (Describe(document, "/api/check", HttpMethod.Post, "Check against a live MCP server",
                "Body: {\"server\": name, \"edition\": ..., \"args\": {...}}. Calls prompts/list and prompts/get on that configured server " +
                "(Designer:Servers; no other address) with the arguments and reports: Identical (with the edition matched) or Different, " +
                "the diff against the edition asked for, the server's prompts; or Unreachable, TimedOut, NotMcp, NoPrompt, ErrorResult with a message.") is { } check)
        {
            AddProblem(check, "400", "The body is not JSON, the server is not configured (errors.server), or the arguments are not valid.");
            AddProblem(check, "413", $"The body is over {BoundedBody.SizeLabel(BoundedBody.DefaultLimit)}.");
        }

        Describe(document, "/api/prompts", HttpMethod.Get, "List the prompts",
            "Every prompt POST /api/render knows, with each argument's meaning, whether it is required and its default, " +
            "and the editions it comes in (an id for POST /api/render's edition, a label, and which is the default).");
    }

    /// <summary>
    /// An API token or the sign-in cookie when <c>Auth:Mode</c> has accounts; nothing with the default <c>None</c>, which
    /// the empty requirement says.
    /// </summary>
    private static void DescribeSecurity(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [ApiTokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal API token from the Tokens page: Authorization: Bearer <token>. A read token acts as a viewer, " +
                    "a write token as its owner's role.",
            },
            [SignInCookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = SignInSetup.CookieName,
                Description = "The sign-in cookie of a browser session; a change made with it also needs the header named by " +
                    "GET /account/antiforgery.",
            },
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignInCookieScheme, document)] = [] },
            new OpenApiSecurityRequirement(),
        ];
    }

    /// <summary>The answers every operation can get from the HTTP layer and the preset store, whatever the endpoint.</summary>
    private static void DescribeHttpLayer(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var role = ApiAccess.RoleFor([method.Method], path);
                AddProblem(operation, "401", "Sign-in is on (Auth:Mode) and the request has no valid API token or sign-in cookie; " +
                    "WWW-Authenticate says Bearer.");
                AddProblem(operation, "429", "This caller (API token, identity or address) has used its requests for the window; " +
                    "Retry-After gives the seconds to wait.");
                if (method != HttpMethod.Get)
                {
                    AddProblem(operation, "403", $"The identity lacks the {role} role (the problem's requiredRole), or the request came " +
                        "from a page of another site (Origin is neither this app's nor configured).");
                    AddProblem(operation, "413", "The body is larger than this operation takes.");
                    AddProblem(operation, "415", "The request is not Content-Type: application/json (UTF-8); every change must be.");
                }

                else
                {
                    AddProblem(operation, "403", $"The identity lacks the {role} role (the problem's requiredRole).");
                }

                if (path.StartsWith("/api/presets", StringComparison.Ordinal) || path == "/api/render")
                {
                    AddProblem(operation, "503", "The preset store is unavailable or damaged; the problem names why.");
                }

                AddProblem(operation, "500", "An unexpected fault; the problem's traceId names its log entry.");
            }
        }
    }

    /// <summary>Gives the operation its summary and description; <c>null</c> when the document has no such operation.</summary>
    private static OpenApiOperation? Describe(OpenApiDocument document, string path, HttpMethod method, string summary, string description)
    {
        if (!document.Paths.TryGetValue(path, out var item) || item.Operations?.TryGetValue(method, out var operation) != true || operation is null)
        {
            return null;
        }

        operation.Summary = summary;
        operation.Description = description;
        return operation;
    }

    private static void AddProblem(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
            };
        }
    }

    private static OpenApiSchema RequestSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { JsonMembers.Prompt },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [JsonMembers.Prompt] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The prompt to render.", Examples = [JsonValue.Create(Prompt.Name)] },
            [JsonMembers.Edition] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = string.Join(" ", Prompt.Editions.Select(e => $"{e.Id}: {e.Description}")) + " Absent means the default.",
                Enum = [.. Prompt.Editions.Select(e => (JsonNode)JsonValue.Create(e.Id))],
                Default = JsonValue.Create(Prompt.DefaultEdition.Id),
            },
            [JsonMembers.Args] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Argument values by name; blank or absent ones take their defaults.",
                Properties = Prompt.Arguments.ToDictionary(
                    a => a.Name,
                    a => (IOpenApiSchema)new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = a.Description,
                        Default = a.DefaultValue is null ? null : JsonValue.Create(a.DefaultValue),
                        MaxLength = ArgumentChecker.MaxValueLength,
                    }),
                AdditionalPropertiesAllowed = false,
            },
        },
    };

    private static JsonObject SeedRequest() => new()
    {
        [JsonMembers.Prompt] = Prompt.Name,
        [JsonMembers.Args] = new JsonObject(Prompt.Arguments.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)JsonValue.Create(a.Example)))),
    };

    private static JsonNode? SeedResponse(PromptRenderService renderer)
    {
        var result = renderer.Render(Prompt, Prompt.ExampleArguments);
        return result.Succeeded ? System.Text.Json.JsonSerializer.SerializeToNode(RenderResponse.From(result), System.Text.Json.JsonSerializerOptions.Web) : null;
    }
}
