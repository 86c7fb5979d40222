using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class PresetOntoFormTests
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    /// <summary>A prompt whose required argument has another name, so no rule can lean on the name "source".</summary>
    private static readonly PromptDefinition Deploy = new(
        "deploy",
        "Deploys a checkout.",
        [
            new("checkout", ArgumentKind.LocalPath, "Checkout to deploy", Required: true, DefaultValue: null, Example: "/srv/checkout"),
            new("target", ArgumentKind.Command, "Deploy command", Required: false, "make deploy", Example: "make deploy-staging"),
        ],
        BaseImage: "tag:python:3.11-slim",
        [MultiStageBuildPrompt.Docs]);

    private static ArgumentSet Form(string source, string install = "", string build = "", string test = "") =>
        ArgumentSet.Empty.With("source", source).With("install_cmd", install).With("build_cmd", build).With("test_cmd", test);

    [Fact]
    public void PickingReplacesTheCommandsAndKeepsATypedSource()
    {
        var picked = PresetOntoForm.Pick(BuiltInPresets.Rust.Arguments.With("source", "/srv/team"), Form("/srv/mine", "make deps"), Definition);

        Assert.Equal(Form("/srv/mine", "cargo fetch", "cargo build --release", "cargo test"), picked);
    }

    [Theory]
    [InlineData("", "/srv/team", "/srv/team")]
    [InlineData("  ", "/srv/team", "/srv/team")]
    [InlineData("/home/user/project", "/srv/team", "/srv/team")]
    [InlineData("/home/user/project", "", "/home/user/project")]
    [InlineData("/srv/mine", "/srv/team", "/srv/mine")]
    [InlineData("/srv/mine", "", "/srv/mine")]
    public void PickingFillsTheSourceOnlyWhenTheFormHasNoneOrStillTheExample(string typed, string presets, string expected)
    {
        var picked = PresetOntoForm.Pick(BuiltInPresets.Poetry.Arguments.With("source", presets), Form(typed), Definition);

        Assert.Equal(expected, picked["source"]);
    }

    [Fact]
    public void LoadingTakesThePresetsSourceUnlessItLeavesItBlank()
    {
        var team = BuiltInPresets.Poetry.Arguments.With("source", "/srv/team");

        Assert.Equal(team, PresetOntoForm.Load(team, Form("/srv/mine", "make deps"), Definition));
        Assert.Equal(BuiltInPresets.Poetry.Arguments.With("source", "/srv/mine"),
            PresetOntoForm.Load(BuiltInPresets.Poetry.Arguments.With("source", " "), Form("/srv/mine"), Definition));
    }

    [Fact]
    public void AFormDiffersFromItsPresetOnlyInWhatThePresetSets()
    {
        var preset = BuiltInPresets.Poetry.Arguments;
        var loaded = PresetOntoForm.Load(preset, Form("/srv/mine"), Definition);

        Assert.False(PresetOntoForm.Differs(loaded, preset, Definition));
        Assert.True(PresetOntoForm.Differs(loaded.With("build_cmd", ""), preset, Definition));
        Assert.True(PresetOntoForm.Differs(loaded, preset.With("source", "/srv/team"), Definition));
        Assert.False(PresetOntoForm.Differs(loaded.With("source", "/elsewhere"), preset, Definition));
    }

    [Fact]
    public void TheRulesFollowTheDefinitionsRequiredArgumentWhateverItsName()
    {
        var preset = ArgumentSet.Empty.With("target", "make deploy-prod");
        var form = ArgumentSet.Empty.With("checkout", "/srv/mine").With("target", "make deploy");

        Assert.True(PresetOntoForm.LeavesToForm(Deploy.Arguments[0], preset));
        Assert.False(PresetOntoForm.LeavesToForm(Deploy.Arguments[1], ArgumentSet.Empty));
        Assert.Equal("/srv/mine", PresetOntoForm.Load(preset, form, Deploy)["checkout"]);
        Assert.Equal("/srv/mine", PresetOntoForm.Pick(preset, form, Deploy)["checkout"]);
        Assert.Equal("make deploy-prod", PresetOntoForm.Pick(preset, form, Deploy)["target"]);
        Assert.False(PresetOntoForm.Differs(PresetOntoForm.Load(preset, form, Deploy), preset, Deploy));
    }

    [Fact]
    public void APresetMayLeaveTheRequiredArgumentBlankButNotSetItWrong()
    {
        var blank = new PresetDraft("Deploy", "", [], ArgumentSet.Empty.With("target", "make deploy-prod"));

        Assert.Empty(PresetRules.Check(blank, Deploy));
        Assert.Equal(
            ["checkout must be an absolute POSIX path such as /srv/checkout (rsync needs one); 'srv' is relative."],
            PresetRules.Check(blank with { Arguments = blank.Arguments.With("checkout", "srv") }, Deploy)["args.checkout"]);
        Assert.Empty(PresetRules.Check(new PresetDraft("Python", "", [], BuiltInPresets.Python.Arguments), Definition));
    }

    [Fact]
    public void TheExampleArgumentsAreTheReferenceDocumentsInvocation()
    {
        Assert.Equal(
            ArgumentSet.Empty.With("source", "/home/user/project").With("install_cmd", "pip install -e '.[dev]'")
                .With("build_cmd", "python -m build").With("test_cmd", "pytest -v"),
            Definition.ExampleArguments);
    }
}
