using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class InvocationReaderTests
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    private static readonly InvocationFormat[] PastableFormats =
        [InvocationFormat.Invocation, InvocationFormat.FullInvocation, InvocationFormat.McpRequest, InvocationFormat.InspectorCli, InvocationFormat.ClaudeCode];

    /// <summary>Values that quoting, escaping or splitting could change.</summary>
    public static TheoryData<string> Values { get; } =
    [
        "pip install -e '.[dev]' && echo \"done\"",
        "it's `date` and $HOME; a | b > c",
        "line one\nline two\r\nthree",
        "tab\there \\ back\\slash \\'",
        "  leading and trailing  ",
        "name=value=more",
        "--prompt-args --method x",
        "# not a comment",
        "~/.cargo/bin/cargo test",
        "é 日本 🙂 \u2028",
        "\"",
        "'",
        "",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void EveryFormatWithoutSpacesReadsBackTheArgumentsItWrote(string value)
    {
        var arguments = ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.BuildCommand, value)
            .With(MultiStageBuildPrompt.TestCommand, "pytest -q");

        foreach (var format in PastableFormats.Where(f => InvocationWriter.Warning(f, Definition, arguments) is null))
        {
            AssertReadsBack(format, arguments);
        }
    }

    [Theory]
    [InlineData("pytest")]
    [InlineData("`make`&&\"x\"'y'")]
    [InlineData("a|b;c$HOME")]
    [InlineData("日本🙂")]
    public void AClaudeCodeLineReadsBackValuesWithoutSpaces(string value)
    {
        var arguments = ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.InstallCommand, "true")
            .With(MultiStageBuildPrompt.BuildCommand, value).With(MultiStageBuildPrompt.TestCommand, "tox");

        Assert.Null(InvocationWriter.Warning(InvocationFormat.ClaudeCode, Definition, arguments));
        AssertReadsBack(InvocationFormat.ClaudeCode, arguments);
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("line\nbreak")]
    [InlineData("tab\tstop")]
    public void AClaudeCodeLineWarnsOfAnyWhitespaceItWouldSplitAt(string value)
    {
        var arguments = ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.InstallCommand, "true")
            .With(MultiStageBuildPrompt.BuildCommand, value).With(MultiStageBuildPrompt.TestCommand, "tox");

        Assert.Contains(MultiStageBuildPrompt.BuildCommand, InvocationWriter.Warning(InvocationFormat.ClaudeCode, Definition, arguments));
        Assert.NotEqual(value, InvocationReader.Read(InvocationWriter.Write(InvocationFormat.ClaudeCode, Definition, arguments, InvocationTarget.Contree, ""), Definition)
            .Arguments?[MultiStageBuildPrompt.BuildCommand]);
    }

    [Theory]
    [InlineData("example-python-package.json")]
    [InlineData("example-custom-pipeline.json")]
    [InlineData("example-rust-project.json")]
    public void TheSeedExamplesReadAsTheirArguments(string golden)
    {
        var reading = InvocationReader.Read(Golden.Read(golden), Definition);

        Assert.Equal(InvocationFormat.Invocation, reading.Format);
        Assert.Equal(Golden.ExampleArguments(golden), reading.Arguments);
    }

    [Fact]
    public void AnInspectorLineWithContinuationsAndAVersionedPackageReads()
    {
        var reading = InvocationReader.Read(
            "npx -y @modelcontextprotocol/inspector@0.15.0 --cli http://localhost:9452/mcp \\\n  --method prompts/get --prompt-name multi-stage-build \\\n"
            + "  --prompt-args source=/p \"test_cmd=pytest -k \\\"slow\\\"\"",
            Definition);

        Assert.Null(reading.Error);
        Assert.Equal(InvocationFormat.InspectorCli, reading.Format);
        Assert.Equal("/p", reading.Arguments![MultiStageBuildPrompt.Source]);
        Assert.Equal("pytest -k \"slow\"", reading.Arguments[MultiStageBuildPrompt.TestCommand]);
    }

    [Theory]
    [InlineData("$: Not valid JSON")]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public void TextThatIsNoInvocationListsTheFormatsExpected(string text)
    {
        var reading = InvocationReader.Read(text, Definition);

        Assert.Null(reading.Format);
        Assert.Null(reading.Arguments);
        Assert.Contains(InvocationReader.Expected(Definition), reading.Error);
        foreach (var named in new[] { "Contree's JSON", "MCP prompts/get request", "MCP Inspector command line", "Claude Code line" })
        {
            Assert.Contains(named, reading.Error);
        }
    }

    [Fact]
    public void BrokenJsonSaysWhereAndWhatWasExpected()
    {
        var reading = InvocationReader.Read("{\"prompt\": \"multi-stage-build\", \"args\": {", Definition);

        Assert.StartsWith("Not valid JSON at line 1", reading.Error);
        Assert.EndsWith(InvocationReader.Expected(Definition), reading.Error);
    }

    [Theory]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"prompts/list\"}", InvocationFormat.McpRequest, "only a prompts/get request")]
    [InlineData("{\"prompt\": \"other\", \"args\": {}}", InvocationFormat.Invocation, "for the prompt 'other', not 'multi-stage-build'")]
    [InlineData("{\"prompt\": \"multi-stage-build\", \"args\": {\"colour\": \"red\"}}", InvocationFormat.Invocation, "takes no argument 'colour'")]
    [InlineData("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name multi-stage-build --prompt-args source=$HOME",
        InvocationFormat.InspectorCli, "'$' at character")]
    [InlineData("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name multi-stage-build --prompt-args 'source=/p",
        InvocationFormat.InspectorCli, "never closed")]
    [InlineData("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-args source=/p", InvocationFormat.InspectorCli, "--prompt-name is missing")]
    [InlineData("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name multi-stage-build --prompt-args /p",
        InvocationFormat.InspectorCli, "name=value")]
    [InlineData("npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name multi-stage-build && rm x",
        InvocationFormat.InspectorCli, "paste one command")]
    [InlineData("/mcp__contree__multi-stage-build /p pip install -e . python -m build pytest", InvocationFormat.ClaudeCode, "this one has 9")]
    [InlineData("/mcp__multi-stage-build /p", InvocationFormat.ClaudeCode, "/mcp__SERVER__PROMPT")]
    [InlineData("{\"prompt\": \"multi-stage-build.shop\"}", InvocationFormat.Invocation, "no saved preset serves it")]
    public void AnInvocationThatCannotBeReadSaysWhy(string text, InvocationFormat format, string expected)
    {
        var reading = InvocationReader.Read(text, Definition);

        Assert.Equal(format, reading.Format);
        Assert.Null(reading.Arguments);
        Assert.Contains(expected, reading.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APresetPromptsInvocationReadsAsThePresetWithItsOverrides()
    {
        var poetry = BuiltInPresets.Poetry.Arguments;
        var definition = Definition.ForPreset("multi-stage-build.poetry", poetry);
        var arguments = poetry.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.TestCommand, "poetry run pytest -x");
        var target = new InvocationTarget("http://127.0.0.1:5000/mcp", "multistagebuild");

        foreach (var format in PastableFormats.Where(f => f != InvocationFormat.ClaudeCode))
        {
            var text = InvocationWriter.Write(format, definition, arguments, target, "");

            var reading = InvocationReader.Read(text, Definition, name => name == "multi-stage-build.poetry" ? poetry : null);

            Assert.Null(reading.Error);
            Assert.Equal(Effective(arguments), Effective(reading.Arguments!));
        }
    }

    private static void AssertReadsBack(InvocationFormat format, ArgumentSet arguments)
    {
        var text = InvocationWriter.Write(format, Definition, arguments, InvocationTarget.Contree, "");

        var reading = InvocationReader.Read(text, Definition);

        Assert.True(reading.Error is null, $"{format}: {reading.Error}\n{text}");
        Assert.Equal(format == InvocationFormat.FullInvocation ? InvocationFormat.Invocation : format, reading.Format);
        Assert.Equal(Effective(arguments), Effective(reading.Arguments!));
    }

    /// <summary>The values the prompt receives: what a round trip must keep (a format may leave out what equals the default).</summary>
    private static string[] Effective(ArgumentSet arguments) => [.. Definition.Arguments.Select(arguments.Effective)];
}
