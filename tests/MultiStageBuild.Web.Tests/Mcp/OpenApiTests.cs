using System.Net;
using System.Text.Json.Nodes;
using MultiStageBuild.Core.Comparison;
using MultiStageBuild.Web.Check;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Tests.Mcp;

public sealed class OpenApiTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    [Fact]
    public async Task DocumentListsTheRenderEndpointWithTheSeedExample()
    {
        using var response = await host.Client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("MultiStageBuild API", (string?)document["info"]!["title"]);
        var render = document["paths"]!["/api/render"]!["post"]!;
        Assert.Equal("Render the prompt", (string?)render["summary"]);
        var example = render["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("multi-stage-build", (string?)example["prompt"]);
        Assert.True(JsonNode.DeepEquals(Golden.ArgumentsOf("invoked-with.json"), example["args"]));
        var rendered = render["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal(Golden.Read("returns.md"), (string?)rendered["markdown"]);
    }

    [Fact]
    public async Task DocumentNamesItsSecuritySchemesAndEveryOperationsRefusals()
    {
        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("bearer", (string?)schemes["apiToken"]!["scheme"]);
        Assert.Equal("cookie", (string?)schemes["signInCookie"]!["in"]);
        Assert.Equal(SignInSetup.CookieName, (string?)schemes["signInCookie"]!["name"]);
        Assert.Equal(["apiToken", "signInCookie", null], document["security"]!.AsArray().Select(r => r!.AsObject().Select(p => p.Key).FirstOrDefault()));

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Name: $"{o.Key} {p.Key}", Operation: o.Value!))).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            foreach (var status in new[] { "401", "403", "429" })
            {
                Assert.True(o.Operation["responses"]![status]?["content"]?["application/problem+json"] is not null, $"{o.Name} has no {status} problem");
            }
        });
        Assert.Contains("editor role", (string?)document["paths"]!["/api/presets"]!["post"]!["responses"]!["403"]!["description"]);
        Assert.Contains("viewer role", (string?)document["paths"]!["/api/render"]!["post"]!["responses"]!["403"]!["description"]);
    }

    [Fact]
    public async Task DocumentDescribesTheEditionsOfRenderAndOfTheListing()
    {
        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var edition = document["paths"]!["/api/render"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["edition"]!;
        Assert.Equal(["docs", "contree-mcp-0.1"], edition["enum"]!.AsArray().Select(e => (string?)e));
        Assert.Equal("docs", (string?)edition["default"]);
        Assert.Contains("edition", document["paths"]!["/api/render"]!["post"]!["responses"]!["400"]!["description"]!.ToString());
        Assert.Contains("editions", (string?)document["paths"]!["/api/prompts"]!["get"]!["description"]);
        var response = document["paths"]!["/api/render"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!;
        Assert.Equal("docs", (string?)response["example"]!["edition"]);
    }

    [Fact]
    public async Task PresetArgumentsAreOneNamedSchemaListingEveryArgumentOfThePrompt()
    {
        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var schemas = document["components"]!["schemas"]!;
        var args = schemas["PresetArgs"]!;
        string[] names = ["source", "install_cmd", "build_cmd", "test_cmd"];
        Assert.Equal(names, args["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(names, args["properties"]!.AsObject().Select(p => p.Key));
        Assert.All(args["properties"]!.AsObject(), p => Assert.Equal("string", (string?)p.Value!["type"]));
        Assert.Null(args["additionalProperties"]);
        Assert.Equal("#/components/schemas/PresetArgs", (string?)schemas["PresetResponse"]!["properties"]!["args"]!["$ref"]);
        Assert.Equal("#/components/schemas/PresetArgs", (string?)schemas["PresetContent"]!["properties"]!["args"]!["$ref"]);
    }

    [Fact]
    public async Task EnumsInTheCheckResponseAreDescribedByTheirNames()
    {
        var document = JsonNode.Parse(await host.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var schemas = document["components"]!["schemas"]!;
        var check = schemas["ServerCheckResult"]!["properties"]!;
        Assert.Equal(Enum.GetNames<ServerCheckStatus>(), EnumNames(schemas, check["status"]!));
        Assert.Equal(Enum.GetNames<DiffKind>(), EnumNames(schemas, schemas["DiffLine"]!["properties"]!["kind"]!));
    }

    [Fact]
    public async Task ApiPageListsTheEndpoints()
    {
        var html = await host.Client.GetStringAsync("/api", TestContext.Current.CancellationToken);

        Assert.Contains("/api/render", html);
        Assert.Contains("Render the prompt", html);
        Assert.Contains("/openapi/v1.json", html);
    }

    private static IEnumerable<string?> EnumNames(JsonNode schemas, JsonNode schema) =>
        ((string?)schema["$ref"] is { } reference ? schemas[reference.Split('/')[^1]]! : schema)["enum"]!.AsArray().Select(e => (string?)e);
}
