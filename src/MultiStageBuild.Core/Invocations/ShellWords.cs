using System.Text;

namespace MultiStageBuild.Core.Invocations;

/// <summary>
/// Splits a POSIX shell command line into the words the command receives: the inverse of <see cref="ShellQuote"/>.
/// Only literal text is read; anything the shell would expand, redirect or chain is refused with a message, since
/// what it stands for cannot be known here.
/// </summary>
public static class ShellWords
{
    /// <summary>The words of <paramref name="line"/>, or <c>null</c> and a message saying what cannot be read.</summary>
    public static (IReadOnlyList<string>? Words, string? Error) Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        int? end = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (end is { } at && c is not (' ' or '\t' or '\n' or '\r' or '#'))
            {
                return (null, $"A line break outside quotes at character {at + 1} ends the command, and more follows; paste one command (a backslash before a line break continues it).");
            }

            if (c == '\n')
            {
                end = i;
            }

            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\\':
                    if (i + 1 == line.Length)
                    {
                        return (null, "The line ends with a lone backslash.");
                    }

                    i++;
                    if (line[i] == '\n')
                    {
                        break; // a line continuation joins the lines
                    }

                    if (line[i] == '\r' && i + 1 < line.Length && line[i + 1] == '\n')
                    {
                        i++;
                        break;
                    }

                    word.Append(line[i]);
                    inWord = true;
                    break;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        return (null, Unclosed("'", i));
                    }

                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    if (ReadDoubleQuoted(line, ref i, word) is { } error)
                    {
                        return (null, error);
                    }

                    inWord = true;
                    break;
                case '#' when !inWord:
                    var lineEnd = line.IndexOf('\n', i);
                    i = lineEnd < 0 ? line.Length : lineEnd - 1; // a comment runs to the end of its line
                    break;
                case '$' or '`':
                    return (null, Expands(c, i));
                case '|' or '&' or ';' or '<' or '>' or '(' or ')':
                    return (null, $"'{c}' at character {i + 1} outside quotes chains, redirects or groups commands; paste one command, with such characters inside quotes.");
                case '*' or '?' or '[':
                    return (null, $"'{c}' at character {i + 1} outside quotes is a file name pattern the shell expands; quote the word.");
                case '~' when !inWord:
                    return (null, $"'~' at character {i + 1} outside quotes is expanded to a home directory by the shell; quote the word.");
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return (words, null);
    }

    /// <summary>Reads the double-quoted part opening at <paramref name="i"/>, leaving <paramref name="i"/> on its closing quote.</summary>
    private static string? ReadDoubleQuoted(string line, ref int i, StringBuilder word)
    {
        var open = i;
        for (i++; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '"':
                    return null;
                case '$' or '`':
                    return Expands(c, i);
                case '\\' when i + 1 < line.Length && line[i + 1] is '$' or '`' or '"' or '\\':
                    word.Append(line[++i]);
                    break;
                case '\\' when i + 1 < line.Length && line[i + 1] == '\n':
                    i++;
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }

        return Unclosed("\"", open);
    }

    private static string Unclosed(string quote, int at) =>
        $"The quote {quote} opened at character {at + 1} is never closed.";

    private static string Expands(char c, int at) =>
        $"'{c}' at character {at + 1} is expanded by the shell, so what it stands for cannot be read; put the value in single quotes.";
}
