using System.Globalization;
using System.Text;

namespace MultiStageBuild.Core.Invocations;

/// <summary>
/// Writes JSON the way the seed document shows it: two-space indent, <c>\n</c> line ends, keys in the given
/// order, and only the characters JSON requires escaped (so <c>'</c>, <c>&amp;</c>, <c>&lt;</c> and non-ASCII stay readable).
/// </summary>
public static class JsonText
{
    /// <summary>Writes an object with the given members.</summary>
    public static string Object(IReadOnlyList<JsonMember> members)
    {
        var json = new StringBuilder(256);
        WriteObject(json, members, indent: 0);
        return json.ToString();
    }

    private static void WriteObject(StringBuilder json, IReadOnlyList<JsonMember> members, int indent)
    {
        if (members.Count == 0)
        {
            json.Append("{}");
            return;
        }

        json.Append("{\n");
        for (var i = 0; i < members.Count; i++)
        {
            json.Append(' ', indent + 2);
            WriteString(json, members[i].Name);
            json.Append(": ");
            switch (members[i].Value)
            {
                case string text: WriteString(json, text); break;
                case int number: json.Append(number.ToString(CultureInfo.InvariantCulture)); break;
                case IReadOnlyList<JsonMember> nested: WriteObject(json, nested, indent + 2); break;
                default: throw new ArgumentException($"Unsupported JSON value for '{members[i].Name}'.", nameof(members));
            }

            json.Append(i < members.Count - 1 ? ",\n" : "\n");
        }

        json.Append(' ', indent).Append('}');
    }

    private static void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }

    private static bool IsLoneSurrogate(string value, int i) =>
        (char.IsHighSurrogate(value[i]) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
        || (char.IsLowSurrogate(value[i]) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
}
