using Bunit;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class PreviewPaneTests : BunitContext
{
    public PreviewPaneTests() => this.AddTestServices();

    [Fact]
    public void RenderedPromptRegionHoldsTheResultHtml()
    {
        var result = Renders.SeedExample();

        var pane = RenderPane(result);

        var region = pane.Find("section[role=region][aria-label='Rendered prompt']");
        region.MarkupMatches($"""<section role="region" aria-label="Rendered prompt" class="rendered-prompt">{result.Html}</section>""");
        Assert.Contains("Stage 1: Setup Base", region.QuerySelector("strong")!.TextContent);
        Assert.Contains("pip install -e '.[dev]'", region.QuerySelectorAll("code").Select(c => c.TextContent));
    }

    [Fact]
    public void ArgumentMarkupIsShownAsTextNotElements()
    {
        var result = Renders.Of(("source", "/srv/<img src=x onerror=alert(1)>"));

        var region = RenderPane(result).Find("section[aria-label='Rendered prompt']");

        Assert.Empty(region.QuerySelectorAll("img"));
        Assert.Contains("/srv/<img src=x onerror=alert(1)>", region.TextContent);
    }

    [Fact]
    public void InvalidResultListsTheErrorsInsteadOfAPrompt()
    {
        var result = Renders.Of(("source", "src"), ("test_cmd", "pytest\npytest --lf"), ("install_cmd", "sudo pip install ."));

        var region = RenderPane(result).Find("section[aria-label='Rendered prompt']");

        Assert.Contains("rendered-prompt--blocked", region.ClassList);
        var errors = region.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("source: source must be an absolute POSIX path", errors[0]);
        Assert.StartsWith("test_cmd: test_cmd must be one line", errors[1]);
        Assert.DoesNotContain("sudo", region.TextContent);
        Assert.Empty(region.QuerySelectorAll("strong + ol, ol"));
    }

    [Fact]
    public void StagesRenderAgainOnlyWhenACommandTheyShowChanges()
    {
        var stages = Render<StageExplainer>(p => p.Add(c => c.Definition, Renders.Definition).Add(c => c.Edition, MultiStageBuildPrompt.Docs).Add(c => c.Arguments, Renders.Of(("source", "/srv/a")).Arguments));
        var renders = stages.RenderCount; // its MudBlazor children's renders included

        stages.Render(p => p.Add(c => c.Arguments, Renders.Of(("source", "/srv/ab")).Arguments));
        Assert.Equal(renders, stages.RenderCount);

        stages.Render(p => p.Add(c => c.Arguments, Renders.Of(("source", "/srv/ab"), ("build_cmd", "uv build")).Arguments));
        Assert.True(stages.RenderCount > renders);
        Assert.Contains("uv build", stages.Markup);
    }

    [Fact]
    public void StageDetailsShowCodeAsCodeNotBackticks()
    {
        var stages = Render<StageExplainer>(p => p.Add(c => c.Definition, Renders.Definition).Add(c => c.Edition, MultiStageBuildPrompt.Docs)
            .Add(c => c.Arguments, Renders.Of(("source", "/srv/a")).Arguments));

        var details = stages.FindAll(".stage-details li");
        Assert.NotEmpty(details);
        Assert.All(details, li => Assert.DoesNotContain('`', li.TextContent));
        Assert.Contains(stages.FindAll(".stage-details code"), code => code.TextContent == "disposable=false");
    }

    [Fact]
    public void AnEditionWithoutStagesSaysSoInsteadOfATimeline()
    {
        var stages = Render<StageExplainer>(p => p.Add(c => c.Definition, Renders.Definition).Add(c => c.Edition, MultiStageBuildPrompt.Served)
            .Add(c => c.Arguments, Renders.Of(("source", "/srv/a")).Arguments));

        Assert.Contains("contree-mcp 0.1.2–0.1.5 describes no stages or checkpoints", stages.Markup);
        Assert.Empty(stages.FindAll(".mud-timeline-item"));
    }

    [Fact]
    public void DifferencesShowTheOtherEditionLineByLine()
    {
        var pane = RenderPane(Renders.SeedExample());
        Assert.Empty(pane.FindAll(".edition-differences"));

        pane.FindAll("button[role=tab]").Single(b => b.TextContent.Trim() == "Differences").Click();

        var diff = pane.Find(".edition-differences pre.prompt-diff");
        Assert.Equal("Reference document compared with contree-mcp 0.1.2–0.1.5", diff.GetAttribute("aria-label"));
        var lines = diff.QuerySelectorAll("span").Select(s => (s.ClassName, s.TextContent)).ToList();
        Assert.Contains(("diff-removed", "- Execute a multi-stage build with rollback checkpoints:"), lines);
        Assert.Contains(("diff-added", "+ Execute a multi-stage build with checkpoints."), lines);
        Assert.Contains(("diff-added", "+ 6. `run` `pytest -v` on the build image with `cwd=\"/app\"`."), lines);
        Assert.Contains(("diff-same", "  "), lines);
    }

    private IRenderedComponent<PreviewPane> RenderPane(RenderResult result) =>
        Render<PreviewPane>(p => p.Add(c => c.Definition, Renders.Definition).Add(c => c.Result, result));
}
