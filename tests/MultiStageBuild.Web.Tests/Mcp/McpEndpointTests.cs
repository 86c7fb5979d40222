using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using MultiStageBuild.Web.Tests.Api;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>The MCP endpoint as an agent sees it: the official C# client over Streamable HTTP against the real host.</summary>
public sealed class McpEndpointTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private const string Base = "multi-stage-build";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListsTheBasePromptWithItsArguments()
    {
        await using var client = await host.ConnectAsync();

        var prompt = Assert.Single(await client.ListPromptsAsync(cancellationToken: Cancellation), p => p.Name == Base).ProtocolPrompt;

        Assert.Equal("Multi-stage build with rollback points.", prompt.Description);
        Assert.Equal(["source", "install_cmd", "build_cmd", "test_cmd"], prompt.Arguments!.Select(a => a.Name));
        Assert.Equal([true, false, false, false], prompt.Arguments!.Select(a => a.Required == true));
        Assert.StartsWith("Local directory path to sync", prompt.Arguments![0].Description);
        Assert.Contains("pip install -e .", prompt.Arguments![1].Description);
    }

    [Fact]
    public async Task ListsASavedPresetAsAPromptWithItsValuesAsDefaults()
    {
        var preset = await host.SavePresetAsync("Poetry CI (nightly)", "Nightly Poetry build.", "/srv/app", "poetry install", "poetry build", "poetry run pytest");
        await using var client = await host.ConnectAsync();

        var prompt = Assert.Single(await client.ListPromptsAsync(cancellationToken: Cancellation), p => p.Name == "multi-stage-build.poetry-ci-nightly").ProtocolPrompt;

        Assert.Equal(preset.Name, prompt.Title);
        Assert.Equal("Nightly Poetry build.", prompt.Description);
        Assert.Equal(["source", "install_cmd", "build_cmd", "test_cmd"], prompt.Arguments!.Select(a => a.Name));
        Assert.All(prompt.Arguments!, a => Assert.False(a.Required == true));
        Assert.Contains("\"/srv/app\"", prompt.Arguments![0].Description);
        Assert.Contains("\"poetry run pytest\"", prompt.Arguments![3].Description);
    }

    [Fact]
    public async Task GetsTheSeedExampleByteForByte()
    {
        await using var client = await host.ConnectAsync();

        var result = await client.GetPromptAsync(Base, Arguments(Golden.ArgumentsOf("invoked-with.json")), cancellationToken: Cancellation);

        var message = Assert.Single(result.Messages);
        Assert.Equal(Role.User, message.Role);
        Assert.Equal(File.ReadAllBytes(Golden.PathOf("returns.md")), Encoding.UTF8.GetBytes(Assert.IsType<TextContentBlock>(message.Content).Text));
    }

    [Fact]
    public async Task SessionClientsGetTheSameText()
    {
        await using var client = await host.ConnectAsync(protocolVersion: "2025-11-25");

        var result = await client.GetPromptAsync(Base, Arguments(Golden.ArgumentsOf("invoked-with.json")), cancellationToken: Cancellation);

        Assert.Equal(Golden.Read("returns.md"), Assert.IsType<TextContentBlock>(Assert.Single(result.Messages).Content).Text);
    }

    [Fact]
    public async Task PresetPromptRendersLikeTheRenderApiWithThePresetOverlaid()
    {
        await host.SavePresetAsync("Rust release", source: "/work/crate", install: "cargo fetch", build: "cargo build --release", test: "cargo test");
        await using var client = await host.ConnectAsync();

        var result = await client.GetPromptAsync("multi-stage-build.rust-release",
            new Dictionary<string, object?> { ["test_cmd"] = "cargo test --all", ["build_cmd"] = "" }, cancellationToken: Cancellation);

        using var response = await host.Client.PostRenderAsync(new JsonObject
        {
            ["source"] = "/work/crate", ["install_cmd"] = "cargo fetch", ["build_cmd"] = "cargo build --release", ["test_cmd"] = "cargo test --all",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = (await response.ReadJsonAsync()).GetProperty("markdown").GetString();
        Assert.Equal(expected, Assert.IsType<TextContentBlock>(Assert.Single(result.Messages).Content).Text);
    }

    [Fact]
    public async Task MissingSourceIsInvalidParamsNamingSource()
    {
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.GetPromptAsync(Base, new Dictionary<string, object?> { ["test_cmd"] = "pytest" }, cancellationToken: Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("source is required", error.Message);
    }

    [Fact]
    public async Task InvalidValueIsInvalidParamsSayingWhatIsWrong()
    {
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.GetPromptAsync(Base, new Dictionary<string, object?> { ["source"] = "project" }, cancellationToken: Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("source must be an absolute POSIX path", error.Message);
    }

    [Fact]
    public async Task PresetWithoutSourceRequiresIt()
    {
        await host.SavePresetAsync("No source here", install: "make deps");
        await using var client = await host.ConnectAsync();

        var prompt = Assert.Single(await client.ListPromptsAsync(cancellationToken: Cancellation), p => p.Name == "multi-stage-build.no-source-here").ProtocolPrompt;
        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.GetPromptAsync(prompt.Name, cancellationToken: Cancellation).AsTask());

        Assert.True(prompt.Arguments![0].Required);
        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("source is required", error.Message);
    }

    [Fact]
    public async Task UnknownPromptIsInvalidParams()
    {
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.GetPromptAsync("multi-stage-build.nothing-like-this", cancellationToken: Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("multi-stage-build.nothing-like-this", error.Message);
    }

    [Fact]
    public async Task CompletesInstallCommandsMostUsedFirst()
    {
        await host.SavePresetAsync("Editable one", install: "pip install -e .");
        await host.SavePresetAsync("Requirements", install: "pip install -r requirements.txt");
        await host.SavePresetAsync("Poetry via pip", install: "python -m pip install poetry");
        await using var client = await host.ConnectAsync();

        var completion = (await client.CompleteAsync(new PromptReference { Name = Base }, "install_cmd", "pip", cancellationToken: Cancellation)).Completion;

        Assert.Equal("pip install -e .", completion.Values[0]);
        Assert.Contains("pip install -r requirements.txt", completion.Values);
        Assert.Contains("pip install poetry && poetry install", completion.Values);
        Assert.Equal("python -m pip install poetry", completion.Values[^1]);
        Assert.Equal(completion.Values.Count, completion.Total);
        Assert.False(completion.HasMore);
    }

    [Fact]
    public async Task CompletesPresetPromptArgumentsToo()
    {
        await host.SavePresetAsync("Completion target", source: "/srv/completion-target");
        await using var client = await host.ConnectAsync();

        var completion = (await client.CompleteAsync(new PromptReference { Name = "multi-stage-build.completion-target" }, "source", "completion-tar", cancellationToken: Cancellation)).Completion;

        Assert.Equal(["/srv/completion-target"], completion.Values);
    }

    [Fact]
    public async Task SessionsHearAboutSavedPresets()
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var client = await host.ConnectAsync(protocolVersion: "2025-11-25");
        await using var handler = client.RegisterNotificationHandler(NotificationMethods.PromptListChangedNotification, (_, _) =>
        {
            changed.TrySetResult();
            return ValueTask.CompletedTask;
        });
        await client.ListPromptsAsync(cancellationToken: Cancellation);

        await host.SavePresetAsync("Announced preset", install: "uv sync");

        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);
        Assert.Contains(await client.ListPromptsAsync(cancellationToken: Cancellation), p => p.Name == "multi-stage-build.announced-preset");
    }

    /// <summary>2026-07-28 clients have no session to notify; instead every list tells them not to cache it.</summary>
    [Fact]
    public async Task StatelessClientsAreToldNotToCacheTheList()
    {
        await using var client = await host.ConnectAsync();

        var page = await client.ListPromptsAsync(new ListPromptsRequestParams(), Cancellation);

        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Equal(TimeSpan.Zero, page.TimeToLive);
    }

    [Fact]
    public async Task ListsAndReadsPresetsAsResources()
    {
        var preset = await host.SavePresetAsync("Resource preset", "Served as JSON.", "/srv/resource", "npm ci", "npm run build", "npm test");
        await using var client = await host.ConnectAsync();

        var resource = Assert.Single(await client.ListResourcesAsync(cancellationToken: Cancellation), r => r.Uri == "preset://resource-preset");
        var contents = Assert.IsType<TextResourceContents>(Assert.Single((await client.ReadResourceAsync(resource.Uri, cancellationToken: Cancellation)).Contents));

        Assert.Equal("application/json", resource.MimeType);
        Assert.Equal(preset.Name, resource.Title);
        Assert.Equal("application/json", contents.MimeType);
        var document = JsonNode.Parse(contents.Text)!;
        Assert.Equal("multi-stage-build-presets", (string?)document["format"]);
        var entry = Assert.Single(document["presets"]!.AsArray())!;
        Assert.Equal("Resource preset", (string?)entry["name"]);
        Assert.Equal("npm run build", (string?)entry["args"]!["build_cmd"]);
    }

    [Fact]
    public async Task UnknownResourceIsInvalidParams()
    {
        await using var client = await host.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.ReadResourceAsync("preset://does-not-exist", cancellationToken: Cancellation).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
    }

    private static Dictionary<string, object?> Arguments(JsonObject args) =>
        args.ToDictionary(p => p.Key, p => (object?)p.Value!.GetValue<string>());
}
