using Bunit;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class ArgumentFieldTests : BunitContext
{
    private static readonly PromptArgument Source = MultiStageBuildPrompt.Definition.FindArgument("source")!;
    private static readonly PromptArgument Install = MultiStageBuildPrompt.Definition.FindArgument("install_cmd")!;

    public ArgumentFieldTests() => this.AddTestServices();

    [Fact]
    public void LabelIsTheArgumentName()
    {
        var field = RenderField(Install, "");

        var label = field.Find("label.mud-input-label");
        Assert.Equal("install_cmd", label.TextContent.Trim());
        Assert.Equal("arg-install_cmd", label.GetAttribute("for"));
        Assert.NotNull(field.Find("input#arg-install_cmd"));
    }

    [Fact]
    public void DescriptionIsTheHelperText()
    {
        var field = RenderField(Install, "");

        Assert.Equal("Dependency installation command", field.Find(".mud-input-helper-text").TextContent.Trim());
    }

    [Theory]
    [InlineData("install_cmd", "pip install -e .")]
    [InlineData("test_cmd", "pytest")]
    [InlineData("source", "/home/user/project")]
    public void DefaultIsThePlaceholder(string name, string placeholder)
    {
        var field = RenderField(MultiStageBuildPrompt.Definition.FindArgument(name)!, "");

        Assert.Equal(placeholder, field.Find("input").GetAttribute("placeholder"));
    }

    [Fact]
    public void OverrideMarkerShowsOnlyWhenOverriding()
    {
        var kept = RenderField(Install, "", overrides: false);
        var changed = RenderField(Install, "uv sync", overrides: true);

        Assert.Empty(kept.FindAll("[data-testid=override-marker]"));
        Assert.Contains("default: pip install -e .", kept.Markup.Replace("<code>", "").Replace("</code>", ""));
        Assert.Empty(kept.FindAll("button[aria-label='Reset install_cmd to its default']"));
        Assert.Contains("changed from default", changed.Find("[data-testid=override-marker]").TextContent);
        Assert.Single(changed.FindAll("button[aria-label='Reset install_cmd to its default']"));
    }

    [Fact]
    public void ResetButtonRaisesTheResetOfItsArgument()
    {
        var typed = new List<string>();
        var reset = new List<string>();
        var field = RenderField(Install, "uv sync", overrides: true, valueChanged: typed.Add, reset: reset.Add);

        field.Find("button[aria-label='Reset install_cmd to its default']").Click();

        Assert.Equal([Install.Name], reset);
        Assert.Empty(typed);
    }

    [Fact]
    public void TypingRaisesTheArgumentAndItsValue()
    {
        var raised = new List<string>();
        var field = RenderField(Install, "", valueChanged: raised.Add);

        field.Find("input").Input("poetry install");

        field.WaitForAssertion(() => Assert.Equal("poetry install", Assert.Single(raised)));
    }

    [Fact]
    public void ErrorIssueIsShownAsTheFieldError()
    {
        var error = new ArgumentIssue("source", IssueSeverity.Error, "source must be an absolute POSIX path; 'src' is relative.");

        var field = RenderField(Source, "src", issues: [error]);

        Assert.Contains("mud-input-error", field.Find(".mud-input-control").ClassList);
        Assert.Equal(error.Message, field.Find(".mud-input-helper-text").TextContent.Trim());
        Assert.Equal("true", field.Find("input").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void AnEmptyFieldShowsItsErrorOnlyOnceLeftOrTypedIn()
    {
        var required = new ArgumentIssue("source", IssueSeverity.Error, "source is required.");
        var left = RenderField(Source, "", issues: [required]);
        var typedIn = RenderField(Source, "", issues: [required]);

        Assert.Empty(left.FindAll(".mud-input-error"));
        Assert.Equal("false", left.Find("input").GetAttribute("aria-invalid"));
        Assert.Equal(Source.Description, left.Find(".mud-input-helper-text").TextContent.Trim());

        left.Find("input").Blur();
        typedIn.Find("input").Input("");

        Assert.Contains("mud-input-error", left.Find(".mud-input-control").ClassList);
        Assert.Equal(required.Message, left.Find(".mud-input-helper-text").TextContent.Trim());
        typedIn.WaitForAssertion(() => Assert.Equal("true", typedIn.Find("input").GetAttribute("aria-invalid")));
    }

    [Fact]
    public void RendersAgainOnlyWhenWhatItShowsChanges()
    {
        var field = RenderField(Install, "uv sync", overrides: true);
        var renders = field.RenderCount;

        field.Render(p => p.Add(f => f.Issues, new List<ArgumentIssue> { new("build_cmd", IssueSeverity.Warning, "elsewhere") }));
        Assert.Equal(renders, field.RenderCount);

        field.Render(p => p.Add(f => f.Value, "uv sync --frozen"));
        Assert.Equal(renders + 1, field.RenderCount);
    }

    [Fact]
    public void TypedTextIsNeverWrittenBackButAnOutsideChangeIs()
    {
        var field = RenderField(Install, "");
        field.Find("input").Input("uv sync");

        field.Render(p => p.Add(f => f.Value, "uv sync"));
        Assert.Equal("", field.Find("input").GetAttribute("value") ?? "");

        field.Render(p => p.Add(f => f.Value, ""));
        Assert.Equal("", field.Find("input").GetAttribute("value") ?? "");
        field.Render(p => p.Add(f => f.Value, "poetry install"));
        Assert.Equal("poetry install", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void IssuesAboutOtherArgumentsAreNotShown()
    {
        var elsewhere = new ArgumentIssue("build_cmd", IssueSeverity.Error, "build_cmd must be one line.");

        var field = RenderField(Install, "", issues: [elsewhere]);

        Assert.DoesNotContain(elsewhere.Message, field.Markup);
        Assert.Empty(field.FindAll(".mud-input-error"));
    }

    [Fact]
    public void WarningsAreShownBelowTheField()
    {
        var warnings = new[]
        {
            new ArgumentIssue("install_cmd", IssueSeverity.Warning, "Commands already run as root in the container; sudo is not needed."),
            new ArgumentIssue("install_cmd", IssueSeverity.Warning, "install_cmd ends with '&&': the command after it is missing."),
        };

        var field = RenderField(Install, "sudo apt-get update &&", overrides: true, issues: warnings);

        Assert.Equal(warnings.Select(w => w.Message), field.FindAll("[role=status]").Select(a => a.TextContent.Trim()));
        Assert.Empty(field.FindAll(".mud-input-error"));
    }

    private IRenderedComponent<ArgumentField> RenderField(
        PromptArgument argument, string value, bool overrides = false, IReadOnlyList<ArgumentIssue>? issues = null,
        Action<string>? valueChanged = null, Action<string>? reset = null) =>
        Render<ArgumentField>(p => p
            .Add(f => f.Argument, argument)
            .Add(f => f.Value, value)
            .Add(f => f.Issues, issues ?? [])
            .Add(f => f.Overrides, overrides)
            .Add(f => f.ArgumentChanged, ((string Name, string Value) change) =>
            {
                Assert.Equal(argument.Name, change.Name);
                valueChanged?.Invoke(change.Value);
            })
            .Add(f => f.ArgumentReset, (string name) => reset?.Invoke(name)));
}
