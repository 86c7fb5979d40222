using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// Every identity against every preset action, on REST and on MCP, in each sign-in mode with cookies (a class per mode
/// runs this table): allowed calls succeed, calls without credentials are 401 with <c>WWW-Authenticate</c>, calls
/// without the role are 403 naming it. Each write again on a protected preset: only the admin's goes through; an
/// editor's is a 403 saying it is protected.
/// </summary>
public abstract class AuthorizationMatrixTests(SignInAppHost host)
{
    private static readonly string[] RestActions = ["list", "get", "render", "create", "update", "trash", "restore", "import", "export", "protect"];
    private static readonly string[] McpActions = ["list", "get", "render"];
    private static readonly string[] ProtectedActions = ["update", "trash", "restore", "import"];
    private static readonly HashSet<string> Writes = ["create", "update", "trash", "restore", "import"];
    private static readonly HashSet<string> AdminActions = ["protect"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> RestCells() => Cells(RestActions);

    public static TheoryData<string, string> McpCells() => Cells(McpActions);

    public static TheoryData<string, string> ProtectedCells() => Cells(ProtectedActions);

    [Theory]
    [MemberData(nameof(RestCells))]
    public async Task RestAction(string identity, string action)
    {
        var preset = await host.SavePresetAsync($"{identity} {action} {Guid.NewGuid():N}", source: "/src", build: "make");
        if (action == "restore")
        {
            await host.Services.GetRequiredService<IPresetRepository>().DeleteAsync(preset.Id, preset.Version, "tests", Ct);
        }

        using var response = await host.Clients[identity].SendAsync(RestRequest(action, preset), Ct);

        await AssertCellAsync(response, identity, action, Expected(identity, action));
    }

    [Theory]
    [MemberData(nameof(ProtectedCells))]
    public async Task RestActionOnAProtectedPreset(string identity, string action)
    {
        var repository = host.Services.GetRequiredService<IPresetRepository>();
        var preset = await host.SavePresetAsync($"protected {identity} {action} {Guid.NewGuid():N}", source: "/src", build: "make");
        preset = (await repository.SetProtectedAsync(preset.Id, true, new Actor("tests", MayChangeProtected: true), Ct)).Preset!;
        if (action == "restore")
        {
            preset = (await repository.DeleteAsync(preset.Id, preset.Version, new Actor("tests", MayChangeProtected: true), Ct)).Preset!;
        }

        using var response = await host.Clients[identity].SendAsync(RestRequest(action, preset, importOverName: true), Ct);

        var expected = Expected(identity, action);
        if (expected == HttpStatusCode.OK && identity != AppRoles.Admin)
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("The preset is protected", problem.GetProperty("title").GetString());
            Assert.Contains($"'{preset.Name}' is protected: only an admin", problem.GetProperty("detail").GetString());
            Assert.Equal(AppRoles.Admin, problem.GetProperty("requiredRole").GetString());
            Assert.Equal(preset.Version, (await repository.FindAsync(preset.Id, Ct))!.Version);
            return;
        }

        await AssertCellAsync(response, identity, action, expected);
    }

    [Theory]
    [MemberData(nameof(McpCells))]
    public async Task McpAction(string identity, string action)
    {
        var preset = await host.SavePresetAsync($"mcp {identity} {action} {Guid.NewGuid():N}", source: "/src", build: "make");
        var client = host.Clients[identity];
        if (Expected(identity, action) == HttpStatusCode.Unauthorized)
        {
            // Refused before a session exists.
            using var initialize = await client.SendAsync(RawMcp.Request(RawMcp.Initialize), Ct);
            await AssertUnauthorizedAsync(initialize);
            Assert.False(initialize.Headers.Contains("Mcp-Session-Id"));
            return;
        }

        var (status, message) = await RawMcp.AnswerAsync(client, McpMessage(action, preset), cancellation: Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(message);
        var result = answer.RootElement.GetProperty("result");
        switch (action)
        {
            case "list":
                Assert.Contains(result.GetProperty("prompts").EnumerateArray(), p => p.GetProperty("name").GetString() == $"multi-stage-build.{preset.Slug}");
                break;
            case "get":
                Assert.Contains("make", result.GetProperty("contents")[0].GetProperty("text").GetString());
                break;
            default:
                Assert.Contains("make", result.GetProperty("messages")[0].GetProperty("content").GetProperty("text").GetString());
                break;
        }
    }

    private static async Task AssertCellAsync(HttpResponseMessage response, string identity, string action, HttpStatusCode expected)
    {
        switch (expected)
        {
            case HttpStatusCode.OK:
                Assert.True(response.IsSuccessStatusCode, $"{identity} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
                Assert.Equal(SuccessStatus(action), response.StatusCode);
                break;
            case HttpStatusCode.Unauthorized:
                await AssertUnauthorizedAsync(response);
                break;
            default:
                var role = AdminActions.Contains(action) ? AppRoles.Admin : AppRoles.Editor;
                var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
                Assert.Equal(role, problem.GetProperty("requiredRole").GetString());
                Assert.Contains(role, problem.GetProperty("title").GetString());
                break;
        }
    }

    private static TheoryData<string, string> Cells(string[] actions)
    {
        var cells = new TheoryData<string, string>();
        foreach (var identity in SignInAppHost.Identities)
        {
            foreach (var action in actions)
            {
                cells.Add(identity, action);
            }
        }

        return cells;
    }

    /// <summary>The table under test: what each identity may do.</summary>
    private static HttpStatusCode Expected(string identity, string action) => identity switch
    {
        SignInAppHost.Anonymous => HttpStatusCode.Unauthorized,
        AppRoles.Admin => HttpStatusCode.OK,
        _ when AdminActions.Contains(action) => HttpStatusCode.Forbidden,
        AppRoles.Viewer or SignInAppHost.ReadToken => Writes.Contains(action) ? HttpStatusCode.Forbidden : HttpStatusCode.OK,
        _ => HttpStatusCode.OK,
    };

    private static HttpStatusCode SuccessStatus(string action) => action switch
    {
        "create" => HttpStatusCode.Created,
        "trash" => HttpStatusCode.NoContent,
        _ => HttpStatusCode.OK,
    };

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer realm=\"MultiStageBuild\"", response.Headers.WwwAuthenticate.ToString());
    }

    /// <summary>The request for <paramref name="action"/> on <paramref name="preset"/>; an import writes over it when <paramref name="importOverName"/>.</summary>
    private static HttpRequestMessage RestRequest(string action, StoredPreset preset, bool importOverName = false)
    {
        var imported = importOverName ? preset.Name : $"imported {Guid.NewGuid():N}";
        var path = $"/api/presets/{preset.Id}";
        var request = action switch
        {
            "list" => new HttpRequestMessage(HttpMethod.Get, "/api/presets"),
            "get" => new HttpRequestMessage(HttpMethod.Get, path),
            "render" => Json(HttpMethod.Post, "/api/render", $$$"""{"preset": "{{{preset.Id}}}"}"""),
            "create" => Json(HttpMethod.Post, "/api/presets", $$$"""{"name": "new {{{Guid.NewGuid():N}}}", "args": {"source": "/src"}}"""),
            "update" => Json(HttpMethod.Put, path, $$$"""{"name": "{{{preset.Name}}}", "description": "changed", "args": {"source": "/src"}}"""),
            "trash" => Json(HttpMethod.Delete, path, ""),
            "restore" => Json(HttpMethod.Post, $"{path}/restore", "{}"),
            "import" => Json(HttpMethod.Post, "/api/presets/import?onClash=update",
                $$$"""{"format": "multi-stage-build-presets", "version": 1, "presets": [{"name": "{{{imported}}}", "args": {"source": "/src"}}]}"""),
            "export" => new HttpRequestMessage(HttpMethod.Get, "/api/presets/export"),
            "protect" => Json(HttpMethod.Put, $"{path}/protection", """{"protected": true}"""),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        if (action is "update" or "trash")
        {
            request.Headers.IfMatch.ParseAdd("*");
        }

        return request;
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    private static string McpMessage(string action, StoredPreset preset) => action switch
    {
        "list" => """{"jsonrpc":"2.0","id":2,"method":"prompts/list","params":{}}""",
        "get" => $$$"""{"jsonrpc":"2.0","id":2,"method":"resources/read","params":{"uri":"preset://{{{preset.Slug}}}"}}""",
        _ => $$$$"""{"jsonrpc":"2.0","id":2,"method":"prompts/get","params":{"name":"multi-stage-build.{{{{preset.Slug}}}}","arguments":{}}}""",
    };
}
