using MultiStageBuild.Core.Json;

namespace MultiStageBuild.Core.Invocations;

/// <summary>Writes an argument set in each <see cref="InvocationFormat"/>.</summary>
public static class InvocationWriter
{
    /// <summary>The npm package the Inspector command runs.</summary>
    public const string InspectorPackage = "@modelcontextprotocol/inspector";

    /// <summary>How a Claude Code slash command for an MCP prompt starts: <c>/mcp__SERVER__PROMPT</c>.</summary>
    public const string ClaudeCodePrefix = "/mcp__";

    /// <summary>What separates the server from the prompt in a Claude Code slash command.</summary>
    public const string ClaudeCodeSeparator = "__";

    /// <summary>
    /// The text of <paramref name="format"/>. <paramref name="markdown"/> is the rendered prompt, used by
    /// <see cref="InvocationFormat.Markdown"/> only.
    /// </summary>
    public static string Write(InvocationFormat format, PromptDefinition definition, ArgumentSet arguments, InvocationTarget target, string markdown) =>
        format switch
        {
            InvocationFormat.Invocation => Invocation(definition, OverridingArguments(definition, arguments)),
            InvocationFormat.FullInvocation => Invocation(definition, AllArguments(definition, arguments)),
            InvocationFormat.McpRequest => McpRequest(definition, AllArguments(definition, arguments)),
            InvocationFormat.InspectorCli => InspectorCli(definition, OverridingArguments(definition, arguments), target),
            InvocationFormat.ClaudeCode => ClaudeCode(definition, AllArguments(definition, arguments), target),
            InvocationFormat.Markdown => markdown,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    /// <summary>Where a format cannot carry the values faithfully, what is lost; otherwise <c>null</c>.</summary>
    public static string? Warning(InvocationFormat format, PromptDefinition definition, ArgumentSet arguments)
    {
        if (format != InvocationFormat.ClaudeCode)
        {
            return null;
        }

        var split = AllArguments(definition, arguments).Where(a => ((string)a.Value).Any(char.IsWhiteSpace)).ToList();
        return split.Count == 0
            ? null
            : $"Claude Code splits slash-command arguments at spaces, so {string.Join(", ", split.Select(a => a.Name))} "
              + "will arrive cut into pieces. Use the MCP request or the Markdown instead.";
    }

    private static List<JsonMember> AllArguments(PromptDefinition definition, ArgumentSet arguments) =>
        definition.Arguments.Select(a => new JsonMember(a.Name, arguments.Effective(a))).ToList();

    private static List<JsonMember> OverridingArguments(PromptDefinition definition, ArgumentSet arguments) =>
        definition.Arguments.Where(arguments.Overrides).Select(a => new JsonMember(a.Name, arguments.Effective(a))).ToList();

    private static string Invocation(PromptDefinition definition, List<JsonMember> args) =>
        JsonText.Object([new(JsonMembers.Prompt, definition.Name), new(JsonMembers.Args, args)]);

    private static string McpRequest(PromptDefinition definition, List<JsonMember> args) =>
        JsonText.Object(
        [
            new("jsonrpc", "2.0"),
            new("id", 1),
            new("method", "prompts/get"),
            new(JsonMembers.McpParams, new List<JsonMember> { new(JsonMembers.Name, definition.Name), new(JsonMembers.McpArguments, args) }),
        ]);

    /// <summary>
    /// An MCP Inspector CLI command against <paramref name="serverUrl"/>: <paramref name="method"/>, with the prompt and
    /// its arguments when given (no <c>--prompt-args</c> without arguments); every value quoted for a POSIX shell.
    /// </summary>
    public static string InspectorCommand(string serverUrl, string method, string? promptName = null, IEnumerable<KeyValuePair<string, string>>? arguments = null)
    {
        var words = new List<string> { $"npx {InspectorPackage} --cli", ShellQuote.Word(serverUrl), "--method", method };
        if (promptName is not null)
        {
            words.AddRange(["--prompt-name", ShellQuote.Word(promptName)]);
        }

        var args = arguments?.Select(a => ShellQuote.Word($"{a.Key}={a.Value}")).ToList() ?? [];
        if (args.Count > 0)
        {
            words.AddRange(["--prompt-args", .. args]);
        }

        return string.Join(' ', words);
    }

    private static string InspectorCli(PromptDefinition definition, List<JsonMember> args, InvocationTarget target) =>
        InspectorCommand(target.ServerUrl, "prompts/get", definition.Name, args.Select(a => KeyValuePair.Create(a.Name, (string)a.Value)));

    private static string ClaudeCode(PromptDefinition definition, List<JsonMember> args, InvocationTarget target) =>
        string.Join(' ', [ClaudeCodePrefix + target.ServerName + ClaudeCodeSeparator + definition.Name, .. args.Select(a => (string)a.Value)]);
}
