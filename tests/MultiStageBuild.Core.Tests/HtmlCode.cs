using System.Net;
using System.Text.RegularExpressions;

namespace MultiStageBuild.Core.Tests;

/// <summary>Reads the text of each &lt;code&gt; element of Markdig's HTML output.</summary>
internal static partial class HtmlCode
{
    public static List<string> Texts(string html) =>
        Code().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<code>(.*?)</code>", RegexOptions.Singleline)]
    private static partial Regex Code();
}
