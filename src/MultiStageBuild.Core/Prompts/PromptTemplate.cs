using System.Text;

namespace MultiStageBuild.Core.Prompts;

/// <summary>
/// A prompt's text with <c>{argument}</c> slots, written as a Python f-string is: <c>{{</c> and <c>}}</c> stand for
/// literal braces. Parsed once; rendering appends literal text and values in turn.
/// </summary>
public sealed class PromptTemplate
{
    private readonly string[] _literals;
    private readonly TemplateSlot[] _slots;

    /// <summary>Parses <paramref name="text"/>; throws on an unmatched brace.</summary>
    public PromptTemplate(string text)
    {
        Text = text;
        var literals = new List<string>();
        var slots = new List<TemplateSlot>();
        var literal = new StringBuilder();
        var line = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = text.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed slot at position {i} of the template.");
                }

                var before = literal.ToString();
                literals.Add(before);
                literal.Clear();
                var afterOpensSpan = end + 1 < text.Length && text[end + 1] == '`';
                slots.Add(new(text[(i + 1)..end], line, before.EndsWith('`') && afterOpensSpan));
                i = end;
            }
            else if (c == '}')
            {
                throw new FormatException($"Unmatched '}}' at position {i} of the template; write '}}}}' for a brace.");
            }
            else
            {
                line += c == '\n' ? 1 : 0;
                literal.Append(c);
            }
        }

        literals.Add(literal.ToString());
        _literals = [.. literals];
        _slots = [.. slots];
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>The slots in order of appearance.</summary>
    public IReadOnlyList<TemplateSlot> Slots => _slots;

    /// <summary>The text with each slot replaced by the value <paramref name="valueOf"/> gives for its argument.</summary>
    public string Render(Func<string, string> valueOf, SlotPolicy policy)
    {
        var text = new StringBuilder(Text.Length + 256);
        for (var i = 0; i < _slots.Length; i++)
        {
            text.Append(_literals[i]);
            var value = valueOf(_slots[i].Argument);
            if (policy == SlotPolicy.CodeSpan)
            {
                CodeSpan.AppendTo(text, value);
            }
            else
            {
                text.Append(value);
            }
        }

        return text.Append(_literals[^1]).ToString();
    }
}
