using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>
/// <c>list_presets</c> and <c>render_prompt</c> through the official C# client on the real host: what a client without
/// prompts gets is what <c>prompts/list</c> and <c>prompts/get</c> give, byte for byte.
/// </summary>
public sealed class McpToolsTests(McpAppHost host) : IClassFixture<McpAppHost>
{
    private static readonly PromptDefinition Definition = KnownPrompts.PresetPrompt;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ToolsListDescribesEachArgumentWithItsDescriptionAndDefault()
    {
        await using var client = await host.ConnectAsync();

        var tools = (await client.ListToolsAsync(cancellationToken: Ct)).Select(t => t.ProtocolTool).ToDictionary(t => t.Name);

        Assert.Equal([McpTools.ListPresets, McpTools.RenderPrompt], tools.Keys.Order());
        var arguments = tools[McpTools.RenderPrompt].InputSchema.GetProperty("properties").GetProperty("arguments").GetProperty("properties");
        Assert.Equal(Definition.Arguments.Select(a => a.Name), arguments.EnumerateObject().Select(p => p.Name));
        Assert.All(Definition.Arguments, a =>
        {
            Assert.Equal(a.Description, arguments.GetProperty(a.Name).GetProperty("description").GetString());
            Assert.Equal(a.DefaultValue, arguments.GetProperty(a.Name).TryGetProperty("default", out var d) ? d.GetString() : null);
        });
        Assert.True(tools[McpTools.ListPresets].Annotations?.ReadOnlyHint);
    }

    [Fact]
    public async Task RenderPromptReturnsTheSeedTextByteForByteAsPromptsGetDoes()
    {
        await using var client = await host.ConnectAsync();
        var args = Golden.ArgumentsOf("invoked-with.json").ToDictionary(p => p.Key, p => (object?)p.Value!.GetValue<string>());

        var tool = await client.CallToolAsync(McpTools.RenderPrompt, new Dictionary<string, object?> { ["prompt"] = Definition.Name, ["arguments"] = args }, cancellationToken: Ct);
        var prompt = await client.GetPromptAsync(Definition.Name, args, cancellationToken: Ct);

        Assert.NotEqual(true, tool.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(tool.Content)).Text;
        Assert.Equal(File.ReadAllBytes(Golden.PathOf("returns.md")), Encoding.UTF8.GetBytes(text));
        Assert.Equal(Assert.IsType<TextContentBlock>(Assert.Single(prompt.Messages).Content).Text, text);
    }

    [Fact]
    public async Task RenderPromptTakesAPresetByPromptNameOrByNameAndAddsTheWarnings()
    {
        var rust = BuiltInPresets.Rust.Arguments;
        var preset = await host.SavePresetAsync("Rust tools nightly", "", rust["source"] is { Length: > 0 } s ? s : "/src/tools",
            rust["install_cmd"], rust["build_cmd"], rust["test_cmd"]);
        var promptName = McpCatalogue.PresetPromptPrefix + preset.Slug;
        await using var client = await host.ConnectAsync();
        var overrides = new Dictionary<string, object?> { ["test_cmd"] = "cargo test --workspace" };

        var byPrompt = await client.CallToolAsync(McpTools.RenderPrompt, new Dictionary<string, object?> { ["prompt"] = promptName, ["arguments"] = overrides }, cancellationToken: Ct);
        var byName = await client.CallToolAsync(McpTools.RenderPrompt, new Dictionary<string, object?> { ["prompt"] = preset.Name.ToUpperInvariant(), ["arguments"] = overrides }, cancellationToken: Ct);
        var get = await client.GetPromptAsync(promptName, overrides, cancellationToken: Ct);

        var expected = Assert.IsType<TextContentBlock>(Assert.Single(get.Messages).Content).Text;
        Assert.Contains("cargo test --workspace", expected);
        var warnings = ArgumentChecker.Check(Definition, preset.Draft.Arguments.OverlaidBy(new Dictionary<string, string> { ["test_cmd"] = "cargo test --workspace" }, Definition))
            .Where(i => i.Severity == IssueSeverity.Warning).ToList();
        foreach (var result in new[] { byPrompt, byName })
        {
            Assert.NotEqual(true, result.IsError);
            var texts = result.Content.Select(c => Assert.IsType<TextContentBlock>(c).Text).ToList();
            Assert.Equal(expected, texts[0]);
            Assert.Equal(warnings.Select(w => $"Warning ({w.Argument}): {w.Message}"), texts.Skip(1));
        }
    }

    [Theory]
    [InlineData("""{"prompt": "multi-stage-build"}""", "source")]
    [InlineData("""{"prompt": "no-such-prompt"}""", "Unknown prompt")]
    [InlineData("""{"prompt": "multi-stage-build", "arguments": "source=/src"}""", "arguments must be an object")]
    [InlineData("""{"prompt": "multi-stage-build", "arguments": {"source": 7}}""", "source")]
    [InlineData("""{"prompt": "multi-stage-build", "arguments": {"source": "/src", "colour": "red"}}""", "colour")]
    [InlineData("""{"prompt": 7}""", "prompt must be a string")]
    [InlineData("""{"prompts": "multi-stage-build"}""", "Unknown argument 'prompts'")]
    public async Task ACallersMistakeIsAToolErrorThatSaysWhatIsWrong(string arguments, string expected)
    {
        await using var client = await host.ConnectAsync();
        var given = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!.ToDictionary(p => p.Key, p => (object?)p.Value);

        var result = await client.CallToolAsync(McpTools.RenderPrompt, given, cancellationToken: Ct);

        Assert.True(result.IsError);
        Assert.Contains(expected, Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
    }

    [Fact]
    public async Task ListPresetsListsWhatPromptsListListsFilteredByTextAndTag()
    {
        var repository = host.Services.GetRequiredService<IPresetRepository>();
        var tagged = await repository.CreateAsync(new PresetDraft("Zephyr Java service", "Gradle build of the billing service.", ["jvm", "billing"],
            ArgumentSet.Empty.With("source", "/srv/billing").With("build_cmd", "gradle build")), "mcp-tests", Ct);
        await host.SavePresetAsync("Zephyr Go service", "go build", "/srv/go");
        await using var client = await host.ConnectAsync();

        var all = Presets(await client.CallToolAsync(McpTools.ListPresets, cancellationToken: Ct));
        var prompts = (await client.ListPromptsAsync(cancellationToken: Ct)).Select(p => p.Name).Where(n => n != Definition.Name);
        Assert.Equal(prompts.Order(), all.Select(p => p.GetProperty("prompt").GetString()!).Order());

        var byTag = Assert.Single(Presets(await client.CallToolAsync(McpTools.ListPresets, new Dictionary<string, object?> { ["tag"] = "JVM" }, cancellationToken: Ct)));
        Assert.Equal("Zephyr Java service", byTag.GetProperty("name").GetString());
        Assert.Equal(tagged.Preset!.Version, byTag.GetProperty("version").GetInt32());
        Assert.Equal(["jvm", "billing"], byTag.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("gradle build", byTag.GetProperty("args").GetProperty("build_cmd").GetString());

        var bySearch = Presets(await client.CallToolAsync(McpTools.ListPresets, new Dictionary<string, object?> { ["search"] = "ZEPHYR" }, cancellationToken: Ct));
        Assert.Equal(["Zephyr Go service", "Zephyr Java service"], bySearch.Select(p => p.GetProperty("name").GetString()).Order());
    }

    private static List<JsonElement> Presets(CallToolResult result)
    {
        Assert.NotEqual(true, result.IsError);
        using var text = JsonDocument.Parse(Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text);
        Assert.Equal(text.RootElement.GetRawText().Length > 0, result.StructuredContent is not null);
        return [.. text.RootElement.GetProperty("presets").EnumerateArray().Select(p => p.Clone())];
    }
}
