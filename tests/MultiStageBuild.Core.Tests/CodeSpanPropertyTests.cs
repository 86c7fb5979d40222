using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Core.Tests;

public sealed class CodeSpanPropertyTests
{
    private static readonly string[] Pieces =
    [
        "`", "``", "```", " ", "  ", "<script>alert('x')</script>", "&", "&amp;", "&#96;", "\"", "'", "\\", "*", "_",
        "[a](b)", "<http://x.y>", "|", "#", "é", "ß", "日本", "🙂", "👩‍💻", "pip install -e .", "&&", "a", "Z", "0", "/",
    ];

    [Fact]
    public void EveryArgumentValueSurvivesRenderingAsItsCodeSpanText()
    {
        var random = new Random(20261126);
        var sentinels = new Dictionary<string, string>
        {
            ["source"] = "/SOURCE", ["install_cmd"] = "INSTALL", ["build_cmd"] = "BUILD", ["test_cmd"] = "TEST",
        };
        var positions = CodePositions(sentinels);

        for (var i = 0; i < 10_000; i++)
        {
            var values = sentinels.Keys.ToDictionary(k => k, k => Generate(random, i, k == "source"));
            var arguments = ArgumentSet.From(values.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));
            var codes = HtmlCode.Texts(MarkdownHtml.ToHtml(PromptRenderer.Render(MultiStageBuildPrompt.Definition, arguments)));

            foreach (var (name, position) in positions)
            {
                var expected = arguments.Effective(MultiStageBuildPrompt.Definition.FindArgument(name)!);
                Assert.True(codes.Count > position && codes[position] == expected,
                    $"case {i}: {name} = [{expected}] came back as [{(codes.Count > position ? codes[position] : "<missing>")}]");
            }
        }
    }

    /// <summary>Where each argument's code span stands among the rendered prompt's code spans.</summary>
    private static Dictionary<string, int> CodePositions(Dictionary<string, string> sentinels)
    {
        var arguments = ArgumentSet.From(sentinels.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));
        var codes = HtmlCode.Texts(MarkdownHtml.ToHtml(PromptRenderer.Render(MultiStageBuildPrompt.Definition, arguments)));
        return sentinels.ToDictionary(p => p.Key, p => codes.IndexOf(p.Value));
    }

    private static string Generate(Random random, int i, bool isSource)
    {
        var value = i % 500 == 0
            ? string.Concat(Enumerable.Range(0, 4000).Select(_ => Pieces[random.Next(Pieces.Length)][0]))
            : string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        if (isSource && value.Length > 3999)
        {
            value = value[..3999];
        }

        // A blank value would render the default instead; keep at least one visible character.
        return string.IsNullOrWhiteSpace(value) ? value + "x" : isSource ? "/" + value : value;
    }
}
