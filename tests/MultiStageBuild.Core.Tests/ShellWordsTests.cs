using System.Diagnostics;
using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Tests;

public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("plain words  and\ttabs")]
    [InlineData("'single quoted' \"double quoted\" mixed'one'\"word\"")]
    [InlineData("'it'\\''s' \"say \\\"hi\\\" \\\\ \\x\" back\\ slash\\ space")]
    [InlineData("'' \"\" empty")]
    [InlineData("line \\\n continued 'new\nline'")]
    [InlineData("a=b 'c=d e' # a comment\n")]
    [InlineData("a=b#not-a-comment 'c' \n# comment\n  \n")]
    [InlineData("日本 '🙂 x'")]
    public void SplitsAsTheShellDoes(string line)
    {
        var (words, error) = ShellWords.Split(line);

        Assert.Null(error);
        Assert.Equal(ShellSplit(line), words);
    }

    [Theory]
    [InlineData("pip install -e '.[dev]' && echo \"$HOME\" `date` \\ ; | *")]
    [InlineData("it's \"quoted\"\nand\\back")]
    [InlineData("")]
    public void ReadsBackWhatShellQuoteWrote(string word)
    {
        Assert.Equal([word, "next"], ShellWords.Split(ShellQuote.Word(word) + " next").Words);
    }

    [Theory]
    [InlineData("echo $HOME", "'$' at character 6")]
    [InlineData("echo \"`date`\"", "'`' at character 7")]
    [InlineData("a; b", "';' at character 2")]
    [InlineData("ls *.txt", "file name pattern")]
    [InlineData("cd ~/x", "home directory")]
    [InlineData("echo 'open", "opened at character 6 is never closed")]
    [InlineData("echo x\\", "lone backslash")]
    [InlineData("echo a\nrm -rf b", "A line break outside quotes at character 7")]
    public void RefusesWhatTheShellWouldExpandOrChain(string line, string expected)
    {
        var (words, error) = ShellWords.Split(line);

        Assert.Null(words);
        Assert.Contains(expected, error);
    }

    /// <summary>The words /bin/sh passes for <paramref name="line"/>, NUL-separated so that any character survives.</summary>
    private static List<string> ShellSplit(string line)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", "eval \"set -- $1\"; for w in \"$@\"; do printf '%s\\0' \"$w\"; done", "sh", line])
        {
            RedirectStandardOutput = true,
        };
        using var shell = Process.Start(start)!;
        var output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
        return [.. output.Split('\0')[..^1]];
    }
}
