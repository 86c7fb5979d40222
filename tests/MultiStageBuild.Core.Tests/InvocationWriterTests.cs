using System.Text.Json;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class InvocationWriterTests
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    [Theory]
    [InlineData("example-python-package.json")]
    [InlineData("example-custom-pipeline.json")]
    [InlineData("example-rust-project.json")]
    public void WritesSeedExampleInvocationsExactly(string golden)
    {
        var arguments = Golden.ExampleArguments(golden);

        var json = Write(InvocationFormat.Invocation, arguments);

        Assert.Equal(Golden.Read(golden), json);
    }

    [Fact]
    public void InvocationLeavesOutArgumentsEqualToTheirDefaults()
    {
        var arguments = ArgumentSet.Empty.With("source", "/p").With("install_cmd", "pip install -e .").With("test_cmd", "pytest -q");

        using var json = JsonDocument.Parse(Write(InvocationFormat.Invocation, arguments));

        Assert.Equal(["source", "test_cmd"], json.RootElement.GetProperty("args").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void FullInvocationSpellsOutEveryArgumentInOrder()
    {
        using var json = JsonDocument.Parse(Write(InvocationFormat.FullInvocation, ArgumentSet.Empty.With("source", "/p")));

        var args = json.RootElement.GetProperty("args").EnumerateObject().ToList();
        Assert.Equal(["source", "install_cmd", "build_cmd", "test_cmd"], args.Select(p => p.Name));
        Assert.Equal(["/p", "pip install -e .", "python -m build", "pytest"], args.Select(p => p.Value.GetString()));
    }

    [Fact]
    public void McpRequestIsAJsonRpcPromptsGet()
    {
        using var json = JsonDocument.Parse(Write(InvocationFormat.McpRequest, ArgumentSet.Empty.With("source", "/p")));
        var root = json.RootElement;

        Assert.Equal("2.0", root.GetProperty("jsonrpc").GetString());
        Assert.Equal(1, root.GetProperty("id").GetInt32());
        Assert.Equal("prompts/get", root.GetProperty("method").GetString());
        Assert.Equal("multi-stage-build", root.GetProperty("params").GetProperty("name").GetString());
        Assert.Equal("/p", root.GetProperty("params").GetProperty("arguments").GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("pip install -e '.[dev]' && echo \"done\"")]
    [InlineData("tab\there \\ back\\slash")]
    [InlineData("<b>&amp;</b> é 日本 🙂")]
    [InlineData("lone \ud800 surrogate")]
    [InlineData("\u0001\u001f\u2028")]
    public void JsonParsesBackToTheExactValue(string value)
    {
        var arguments = ArgumentSet.Empty.With("source", "/p").With("build_cmd", value);

        foreach (var format in new[] { InvocationFormat.Invocation, InvocationFormat.FullInvocation })
        {
            using var json = JsonDocument.Parse(Write(format, arguments));
            Assert.Equal(value, json.RootElement.GetProperty("args").GetProperty("build_cmd").GetString());
        }
    }

    [Fact]
    public void JsonKeepsQuotesAmpersandsAndNonAsciiReadable()
    {
        var json = Write(InvocationFormat.Invocation, ArgumentSet.Empty.With("source", "/é").With("test_cmd", "a && b '<x>'"));

        Assert.Contains("\"test_cmd\": \"a && b '<x>'\"", json);
        Assert.Contains("\"source\": \"/é\"", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void InspectorCommandQuotesEveryValueForTheShell()
    {
        var arguments = ArgumentSet.Empty.With("source", "/path/to/project").With("install_cmd", "pip install -e '.[dev]'");

        var command = Write(InvocationFormat.InspectorCli, arguments);

        Assert.Equal(
            "npx @modelcontextprotocol/inspector --cli http://localhost:9452/mcp --method prompts/get "
            + "--prompt-name multi-stage-build --prompt-args source=/path/to/project 'install_cmd=pip install -e '\\''.[dev]'\\'''",
            command);
    }

    [Fact]
    public void InspectorCommandLeavesOutWhatItIsNotGiven()
    {
        Assert.Equal("npx @modelcontextprotocol/inspector --cli 'http://h/a b/mcp' --method prompts/list",
            InvocationWriter.InspectorCommand("http://h/a b/mcp", "prompts/list"));
        Assert.Equal("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name 'my preset'",
            InvocationWriter.InspectorCommand("http://h/mcp", "prompts/get", "my preset", []));
    }

    [Fact]
    public void ClaudeCodeWarnsWhenValuesWouldBeSplitAtSpaces()
    {
        var withSpaces = ArgumentSet.Empty.With("source", "/p");
        var withoutSpaces = withSpaces.With("install_cmd", "true").With("build_cmd", "make").With("test_cmd", "pytest");

        Assert.Contains("install_cmd, build_cmd", InvocationWriter.Warning(InvocationFormat.ClaudeCode, Definition, withSpaces));
        Assert.Null(InvocationWriter.Warning(InvocationFormat.ClaudeCode, Definition, withoutSpaces));
        Assert.Equal("/mcp__contree__multi-stage-build /p true make pytest", Write(InvocationFormat.ClaudeCode, withoutSpaces));
    }

    private static string Write(InvocationFormat format, ArgumentSet arguments) =>
        InvocationWriter.Write(format, Definition, arguments, InvocationTarget.Contree, "");
}

public sealed class PresetPromptInvocationTests
{
    [Fact]
    public void PresetPromptInvocationsCarryOnlyWhatDiffersFromThePreset()
    {
        var preset = MultiStageBuild.Core.Presets.BuiltInPresets.Poetry.Arguments;
        var definition = MultiStageBuildPrompt.Definition.ForPreset("multi-stage-build.poetry", preset);
        var arguments = preset.With("source", "/srv/app").With("test_cmd", "poetry run pytest -x");

        var json = InvocationWriter.Write(InvocationFormat.Invocation, definition, arguments, InvocationTarget.Contree, "");

        Assert.Equal("""
            {
              "prompt": "multi-stage-build.poetry",
              "args": {
                "source": "/srv/app",
                "test_cmd": "poetry run pytest -x"
              }
            }
            """.ReplaceLineEndings("\n"), json);
    }
}
