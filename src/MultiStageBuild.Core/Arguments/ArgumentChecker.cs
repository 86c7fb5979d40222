using System.Buffers;
using System.Collections.Frozen;

namespace MultiStageBuild.Core.Arguments;

/// <summary>Checks an <see cref="ArgumentSet"/> against a prompt definition: errors block rendering, warnings do not.</summary>
public static class ArgumentChecker
{
    /// <summary>The longest value any argument may hold.</summary>
    public const int MaxValueLength = 4096;

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl).ToArray());

    private static readonly SearchValues<char> CommandSeparators = SearchValues.Create("&|;");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherToolchains = new[]
    {
        "cargo", "rustc", "rustup", "npm", "npx", "yarn", "pnpm", "node", "bun", "deno", "go", "mvn", "gradle",
        "./gradlew", "gradlew", "./mvnw", "dotnet", "bundle", "gem", "ruby", "rake", "composer", "php", "java",
        "javac", "swift", "mix", "stack", "cabal", "dart", "flutter",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every problem with <paramref name="arguments"/>, in argument order, errors before warnings per argument.</summary>
    public static IReadOnlyList<ArgumentIssue> Check(PromptDefinition definition, ArgumentSet arguments)
    {
        var issues = new List<ArgumentIssue>();
        if (arguments.Values.Keys.Any(n => definition.FindArgument(n) is null))
        {
            var known = string.Join(", ", definition.Arguments.Select(a => a.Name));
            foreach (var name in arguments.Values.Keys.Where(n => definition.FindArgument(n) is null).Order(StringComparer.Ordinal))
            {
                issues.Add(new(name, IssueSeverity.Error, $"{definition.Name} takes no argument '{name}'; it takes {known}."));
            }
        }

        // A toolchain the base image lacks is named once, at the first command that uses it.
        HashSet<string>? namedTools = null;
        foreach (var argument in definition.Arguments)
        {
            var before = issues.Count;
            CheckValue(argument, arguments[argument.Name], issues);
            if (issues.Count != before)
            {
                continue;
            }

            if (argument.Kind == ArgumentKind.LocalPath)
            {
                CheckLocalPath(argument, arguments[argument.Name], issues);
            }
            else
            {
                CheckCommand(definition, argument.Name, arguments.Effective(argument), issues, ref namedTools);
            }
        }

        return issues;
    }

    /// <summary>Whether any issue blocks rendering.</summary>
    public static bool HasErrors(this IEnumerable<ArgumentIssue> issues) => issues.Any(i => i.Severity == IssueSeverity.Error);

    private static void CheckValue(PromptArgument argument, string value, List<ArgumentIssue> issues)
    {
        if (argument.Required && string.IsNullOrWhiteSpace(value))
        {
            issues.Add(new(argument.Name, IssueSeverity.Error, $"{argument.Name} is required: {argument.Description.ToLowerInvariant()}."));
        }
        else if (value.Length > MaxValueLength)
        {
            issues.Add(new(argument.Name, IssueSeverity.Error,
                $"{argument.Name} is {value.Length:N0} characters long; the limit is {MaxValueLength:N0}."));
        }
        else if (value.IndexOfAny(['\n', '\r']) >= 0)
        {
            issues.Add(new(argument.Name, IssueSeverity.Error,
                $"{argument.Name} must be one line: join commands with && instead of line breaks."));
        }
        else if (value.AsSpan().IndexOfAny(ControlCharacters) is var at and >= 0)
        {
            issues.Add(new(argument.Name, IssueSeverity.Error,
                $"{argument.Name} contains a control character (U+{(int)value[at]:X4}) at position {at + 1}; remove it."));
        }
    }

    private static void CheckLocalPath(PromptArgument argument, string path, List<ArgumentIssue> issues)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            issues.Add(new(argument.Name, IssueSeverity.Warning,
                "~ is the home folder of the user running the MCP server, which may not be yours; prefer the full path."));
        }
        else if (!path.StartsWith('/'))
        {
            issues.Add(new(argument.Name, IssueSeverity.Error,
                $"{argument.Name} must be an absolute POSIX path such as {argument.Example} (rsync needs one); '{path}' is relative."));
        }
    }

    private static void CheckCommand(PromptDefinition definition, string name, string command, List<ArgumentIssue> issues, ref HashSet<string>? namedTools)
    {
        // Runs on every keystroke: a span scan that allocates only when it finds something.
        var usesSudo = false;
        List<string>? foreign = null;
        var rest = command.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(CommandSeparators);
            var program = ProgramOf(end < 0 ? rest : rest[..end], out var sudo);
            rest = end < 0 ? [] : rest[(end + 1)..];
            usesSudo |= sudo;
            if (OtherToolchains.TryGetValue(program, out var tool) && !(foreign ??= []).Contains(tool) && namedTools?.Contains(tool) != true)
            {
                foreign.Add(tool);
            }
        }

        if (usesSudo)
        {
            issues.Add(new(name, IssueSeverity.Warning, "Commands already run as root in the container; sudo is not needed and may be missing."));
        }

        if (TrailingOperator(command) is { } trailing)
        {
            issues.Add(new(name, IssueSeverity.Warning, $"{name} ends with '{trailing}': the command after it is missing."));
        }

        if (foreign is { Count: > 0 } && definition.BaseImage.Contains("python", StringComparison.Ordinal))
        {
            (namedTools ??= []).UnionWith(foreign);
            var tools = string.Join(", ", foreign);
            issues.Add(new(name, IssueSeverity.Warning,
                $"{tools} is not in {definition.BaseImage}, the image Stage 1 starts from: the agent has to install it first or import another base image."));
        }
    }


    /// <summary>The program a shell segment runs, after any VAR=value prefixes; after sudo and its flags, the program sudo runs.</summary>
    private static ReadOnlySpan<char> ProgramOf(ReadOnlySpan<char> segment, out bool sudo)
    {
        var word = NextWord(ref segment);
        while (IsAssignment(word))
        {
            word = NextWord(ref segment);
        }

        sudo = word.SequenceEqual("sudo");
        while (sudo && (word.SequenceEqual("sudo") || (!word.IsEmpty && word[0] == '-')))
        {
            word = NextWord(ref segment);
        }

        return word;
    }

    private static ReadOnlySpan<char> NextWord(scoped ref ReadOnlySpan<char> text)
    {
        text = text.TrimStart(' ');
        var end = text.IndexOf(' ');
        var word = end < 0 ? text : text[..end];
        text = end < 0 ? [] : text[end..];
        return word;
    }

    private static bool IsAssignment(ReadOnlySpan<char> word)
    {
        var equals = word.IndexOf('=');
        if (equals <= 0 || char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        foreach (var c in word[..equals])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string? TrailingOperator(string command)
    {
        var trimmed = command.AsSpan().TrimEnd();
        return trimmed.EndsWith("&&") ? "&&" : trimmed.EndsWith("||") ? "||" : trimmed.EndsWith("|") ? "|" : trimmed.EndsWith(";") ? ";" : null;
    }
}
