using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Tests;

public sealed class ArgumentSetTests
{
    [Fact]
    public void AbsentAndEmptyArgumentsAreEqual()
    {
        var absent = ArgumentSet.Empty.With("source", "/p");
        var empty = absent.With("install_cmd", "");

        Assert.Equal(absent, empty);
        Assert.Equal(absent.GetHashCode(), empty.GetHashCode());
        Assert.NotEqual(absent, empty.With("install_cmd", "x"));
    }

    [Fact]
    public void EditsMakeNewSetsAndLeaveTheOriginalAlone()
    {
        var original = ArgumentSet.Empty.With("source", "/p");

        var edited = original.With("source", "/q");

        Assert.Equal("/p", original["source"]);
        Assert.Equal("/q", edited["source"]);
    }

    [Theory]
    [InlineData(null, "pip install -e .", false)]
    [InlineData("  ", "pip install -e .", false)]
    [InlineData("pip install -e .", "pip install -e .", false)]
    [InlineData("uv sync", "uv sync", true)]
    public void BlankMeansDefault(string? typed, string effective, bool overrides)
    {
        var argument = MultiStageBuildPrompt.Definition.FindArgument("install_cmd")!;
        var arguments = ArgumentSet.Empty.With("install_cmd", typed);

        Assert.Equal(effective, arguments.Effective(argument));
        Assert.Equal(overrides, arguments.Overrides(argument));
    }

    [Fact]
    public void OverlayReplacesOnlyWithNonBlankValuesAndKeepsUnknownNames()
    {
        var preset = MultiStageBuild.Core.Presets.BuiltInPresets.Poetry.Arguments;
        var overrides = new Dictionary<string, string> { ["source"] = "/srv", ["build_cmd"] = "  ", ["lint_cmd"] = "" };

        var overlaid = preset.OverlaidBy(overrides, MultiStageBuildPrompt.Definition);

        Assert.Equal("/srv", overlaid["source"]);
        Assert.Equal("poetry build", overlaid["build_cmd"]);
        Assert.True(overlaid.Values.ContainsKey("lint_cmd"));
    }
}
