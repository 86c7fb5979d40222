using System.Diagnostics;
using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Tests;

public sealed class ShellQuoteTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("source=/a/b-c_d.e", "source=/a/b-c_d.e")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    [InlineData("$HOME `x` \"q\"", "'$HOME `x` \"q\"'")]
    public void QuotesOnlyWhatTheShellWouldChange(string word, string expected)
    {
        Assert.Equal(expected, ShellQuote.Word(word));
    }

    [Theory]
    [InlineData("pip install -e '.[dev]' && echo \"$HOME\" `date` \\ ; | *")]
    [InlineData("日本 🙂 it's")]
    public void ShellReadsTheWordBackUnchanged(string word)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", "printf %s " + ShellQuote.Word(word)]) { RedirectStandardOutput = true };
        using var shell = Process.Start(start)!;
        var output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();

        Assert.Equal(word, output);
    }
}
