using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class DesignerStateTests
{
    private static readonly PromptDefinition Definition = MultiStageBuildPrompt.Definition;

    public static TheoryData<string, DesignerState> States => new()
    {
        { "blank", DesignerState.Blank },
        { "source only", DesignerState.Blank.WithArgument("source", "/home/user/project") },
        { "python preset", DesignerState.Blank.WithArgument("source", "/srv/app").WithPreset(BuiltInPresets.Python, Definition) },
        { "poetry with emptied build", DesignerState.Blank.WithPreset(BuiltInPresets.Poetry, Definition).WithArgument("build_cmd", "") },
        {
            "rust with awkward values",
            DesignerState.Blank.WithPreset(BuiltInPresets.Rust, Definition)
                .WithArgument("source", "/home/zoë/my project&co")
                .WithArgument("test_cmd", "cargo test -- --test-threads=1 && echo \"100% #ok\" + done")
        },
        {
            "no preset, every argument",
            DesignerState.Blank.WithArgument("source", "/p").WithArgument("install_cmd", "uv sync")
                .WithArgument("build_cmd", "uv build").WithArgument("test_cmd", "uv run pytest")
        },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void DeepLinkRestoresTheState(string description, DesignerState state)
    {
        var url = state.ToUrl("/", Definition);

        var restored = DesignerState.FromQuery(new Uri(new Uri("http://localhost"), url).Query, Definition, BuiltInPresets.Find);

        Assert.True(state.Preset == restored.Preset, description);
        Assert.All(Definition.Arguments, a => Assert.Equal(state.Arguments[a.Name], restored.Arguments[a.Name]));
    }

    [Fact]
    public void DeepLinkNamesThePresetAndOnlyWhatDiffersFromIt()
    {
        var state = DesignerState.Blank.WithArgument("source", "/p").WithPreset(BuiltInPresets.Poetry, Definition).WithArgument("build_cmd", "");

        Assert.Equal(
            [new("preset", "poetry"), new("source", "/p"), new("build_cmd", "")],
            state.ToQuery(Definition));
        Assert.Equal("/?preset=poetry&source=%2Fp&build_cmd=", state.ToUrl("/", Definition));
    }

    [Fact]
    public void AChosenEditionIsKeptInTheDeepLinkAndAnUnknownOneFallsBackToTheConfigured()
    {
        var state = DesignerState.Blank.WithArgument("source", "/p").WithEdition(MultiStageBuildPrompt.Served);

        Assert.Equal("/?source=%2Fp&edition=contree-mcp-0.1", state.ToUrl("/", Definition));
        var restored = DesignerState.FromQuery("?source=%2Fp&edition=contree-mcp-0.1", Definition, BuiltInPresets.Find);
        Assert.Same(MultiStageBuildPrompt.Served, restored.EditionOf(Definition, MultiStageBuildPrompt.Docs));
        Assert.Same(MultiStageBuildPrompt.Served, restored.WithPreset(BuiltInPresets.Rust, Definition).EditionOf(Definition, MultiStageBuildPrompt.Docs));

        var unknown = DesignerState.FromQuery("?source=%2Fp&edition=contree-mcp-9", Definition, BuiltInPresets.Find);
        Assert.Null(unknown.Edition);
        Assert.Same(MultiStageBuildPrompt.Docs, unknown.EditionOf(Definition, MultiStageBuildPrompt.Docs));
        Assert.Same(MultiStageBuildPrompt.Served, DesignerState.Blank.EditionOf(Definition, MultiStageBuildPrompt.Served));
    }

    [Fact]
    public void FirstVisitRendersThePythonPresetWithTheExampleSource()
    {
        Assert.Same(BuiltInPresets.Python, DesignerState.FirstVisit.Preset);
        Assert.Equal("/?preset=python&source=%2Fhome%2Fuser%2Fproject", DesignerState.FirstVisit.ToUrl("/", Definition));
    }

    [Fact]
    public void APresetWithItsOwnSourceReplacesTheExampleButNotATypedOne()
    {
        var team = new Preset("team", "Team", "", BuiltInPresets.Rust.Arguments.With("source", "/srv/team"), IsBuiltIn: false);

        Assert.Equal("/srv/team", DesignerState.FirstVisit.WithPreset(team, Definition).Arguments["source"]);
        Assert.Equal("/home/user/project", DesignerState.FirstVisit.WithPreset(BuiltInPresets.Rust, Definition).Arguments["source"]);
        Assert.Equal("/srv/mine", DesignerState.FirstVisit.WithArgument("source", "/srv/mine").WithPreset(team, Definition).Arguments["source"]);
    }

    [Fact]
    public void EmptiedPresetCommandStaysEmptyAfterTheRoundTrip()
    {
        var restored = DesignerState.FromQuery("?preset=poetry&build_cmd=", Definition, BuiltInPresets.Find);

        Assert.Same(BuiltInPresets.Poetry, restored.Preset);
        Assert.Equal("", restored.Arguments["build_cmd"]);
        Assert.Equal("pip install poetry && poetry install", restored.Arguments["install_cmd"]);
    }

    [Fact]
    public void UnknownPresetKeyIsIgnored()
    {
        var restored = DesignerState.FromQuery("?preset=cobol&source=%2Fp", Definition, BuiltInPresets.Find);

        Assert.Null(restored.Preset);
        Assert.Equal("/p", restored.Arguments["source"]);
        Assert.Equal("", restored.Arguments["install_cmd"]);
    }

    [Fact]
    public void WithPresetKeepsTheSourceAndReplacesTheCommands()
    {
        var state = DesignerState.Blank.WithArgument("source", "/home/me/app").WithArgument("test_cmd", "make check");

        var poetry = state.WithPreset(BuiltInPresets.Poetry, Definition);
        var rust = poetry.WithPreset(BuiltInPresets.Rust, Definition);

        Assert.Same(BuiltInPresets.Poetry, poetry.Preset);
        Assert.Equal("/home/me/app", poetry.Arguments["source"]);
        Assert.Equal("poetry run pytest --cov", poetry.Arguments["test_cmd"]);
        Assert.Equal("/home/me/app", rust.Arguments["source"]);
        Assert.Equal(["cargo fetch", "cargo build --release", "cargo test"], Definition.Arguments.Skip(1).Select(a => rust.Arguments[a.Name]));
    }

    [Fact]
    public void PresetWithoutSourceDoesNotClearATypedSource()
    {
        Assert.Equal("", BuiltInPresets.Python.Arguments[MultiStageBuildPrompt.Source]);

        var state = DesignerState.Blank.WithArgument("source", "/x").WithPreset(BuiltInPresets.Python, Definition);

        Assert.Equal(ArgumentSet.Empty.With("source", "/x").With("install_cmd", "pip install -e .")
            .With("build_cmd", "python -m build").With("test_cmd", "pytest"), state.Arguments);
    }

    [Fact]
    public void WithPresetFillsAnEmptySourceFromThePreset()
    {
        var saved = new Preset("abc", "api", "", BuiltInPresets.Poetry.Arguments.With("source", "/srv/api"), IsBuiltIn: false);

        Assert.Equal("/srv/api", DesignerState.Blank.WithPreset(saved, Definition).Arguments["source"]);
        Assert.Equal("/typed", DesignerState.Blank.WithArgument("source", "/typed").WithPreset(saved, Definition).Arguments["source"]);
    }
}
