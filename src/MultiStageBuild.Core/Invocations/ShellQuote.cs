using System.Buffers;

namespace MultiStageBuild.Core.Invocations;

/// <summary>POSIX shell quoting: a word the shell passes through unchanged.</summary>
public static class ShellQuote
{
    private static readonly SearchValues<char> Safe =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@%+=:,./_-");

    /// <summary>Returns <paramref name="word"/> as is when it holds only safe characters, else single-quoted.</summary>
    public static string Word(string word) =>
        word.Length > 0 && !word.AsSpan().ContainsAnyExcept(Safe)
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
