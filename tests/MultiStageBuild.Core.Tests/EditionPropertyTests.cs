using System.Text.RegularExpressions;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed partial class EditionPropertyTests
{
    private static readonly string[] Pieces =
    [
        "`", "``", " ", "{", "}", "{source}", "{{", "&&", "*", "_", "\\", "<b>", "\"", "'", "$(date)", "é", "日本", "🙂",
        "pip install -e .", "a", "Z", "0", "/", "|", "#",
    ];

    [Fact]
    public void TheServedEditionIsItsTemplateWithEachValueInsertedRaw()
    {
        var random = new Random(20261203);
        var definition = MultiStageBuildPrompt.Definition;
        var edition = MultiStageBuildPrompt.Served;

        for (var i = 0; i < 5_000; i++)
        {
            var values = definition.Arguments.ToDictionary(a => a.Name, a => Generate(random, a.Required));
            var arguments = ArgumentSet.From(values.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));

            // One pass over the template text, as Python's f-string does: a value that looks like a slot stays as typed.
            var expected = Slot().Replace(edition.Template.Text, m => arguments.Effective(definition.FindArgument(m.Groups[1].Value)!));

            Assert.Equal(expected, PromptRenderer.Render(definition, edition, arguments));
        }
    }

    private static string Generate(Random random, bool isSource)
    {
        var value = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        return isSource ? "/" + value : value;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();
}
