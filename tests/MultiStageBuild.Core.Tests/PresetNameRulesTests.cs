using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public class PresetNameRulesTests
{
    [Theory]
    [InlineData("Poetry\u202Eppa", "a bidirectional override or isolate (U+202E) at position 7")]
    [InlineData("Poetry\u2067app", "a bidirectional override or isolate (U+2067)")]
    [InlineData("Po\u200Betry", "an invisible formatting character (U+200B) at position 3")]
    [InlineData("Po\uFEFFetry", "an invisible formatting character (U+FEFF)")]
    [InlineData("Poetry\u2028app", "a line separator (U+2028)")]
    [InlineData("Poetry\u2029app", "a paragraph separator (U+2029)")]
    [InlineData("Poetry\u0007app", "a control character (U+0007)")]
    [InlineData("Poetry\u0085app", "a control character (U+0085)")]
    [InlineData("Poetry\uFDD0", "a noncharacter (U+FDD0)")]
    [InlineData("Poetry\uD83F\uDFFF", "a noncharacter (U+1FFFF)")]
    public void RefusesNamesWithInvisibleOrLineBreakingCharactersNamingTheKind(string name, string expected)
    {
        var errors = PresetRules.Check(new PresetDraft(name, "", [], ArgumentSetOf()), MultiStageBuildPrompt.Definition);

        Assert.Contains(expected, Assert.Single(errors["name"]));
    }

    [Fact]
    public void RefusesTextThatIsNotUnicodeAndTheLastNoncharacterOfAPlane()
    {
        // Built here: a test case's attribute text would arrive with these replaced by U+FFFD.
        Assert.Contains("an unpaired surrogate (U+D800) at position 7", PresetRules.NameCharacterProblem("Poetry" + '\uD800' + "app"));
        Assert.Contains("a noncharacter (U+FFFE)", PresetRules.NameCharacterProblem("Poetry" + '\uFFFE'));
    }

    [Fact]
    public void AllowsUpToFourCombiningMarksOnOneLetterAndRefusesMore()
    {
        var four = "Zalgo a" + new string('\u0301', 1) + "\u0302\u0303\u0304";
        var five = four + "\u0305";

        Assert.Null(PresetRules.NameCharacterProblem(four));
        Assert.Contains("more than 4 combining marks", PresetRules.NameCharacterProblem(five));
        Assert.Null(PresetRules.NameCharacterProblem("e\u0301 e\u0301 e\u0301 e\u0301 e\u0301 e\u0301"));
    }

    [Theory]
    [InlineData("Café build")]
    [InlineData("日本語 ビルド")]
    [InlineData("Привет, мир")]
    [InlineData("emoji 🐍 build")]
    [InlineData("नमस्ते")]
    public void AllowsOrdinaryTextInAnyScript(string name) => Assert.Null(PresetRules.NameCharacterProblem(name));

    [Fact]
    public void NormalizesToNfcAndTrims()
    {
        Assert.Equal("Café", PresetRules.NormalizeName("  Cafe\u0301 "));
        Assert.Equal("Café", new PresetDraft("Cafe\u0301", "", [], ArgumentSetOf()).Normalized().Name);
    }

    [Fact]
    public void FoldsNormalisationFormAndCaseToOneKey()
    {
        Assert.Equal(PresetRules.FoldName("CAFÉ"), PresetRules.FoldName("cafe\u0301"));
        Assert.NotEqual(PresetRules.FoldName("cafe"), PresetRules.FoldName("café"));
    }

    [Fact]
    public void AnImportRepeatingANameInAnotherNormalisationFormReportsTheRepeat()
    {
        var errors = new List<(string Field, string Message)>();
        PresetRules.CheckUniqueNames(
            [(0, new PresetDraft("Café", "", [], ArgumentSetOf())), (1, new PresetDraft("CAFE\u0301", "", [], ArgumentSetOf()))],
            (field, message) => errors.Add((field, message)));

        Assert.Equal("presets[1].name", Assert.Single(errors).Field);
    }

    private static Arguments.ArgumentSet ArgumentSetOf() => Arguments.ArgumentSet.Empty;
}
