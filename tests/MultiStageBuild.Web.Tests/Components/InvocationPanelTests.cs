using Bunit;
using MudBlazor;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

public sealed class InvocationPanelTests : BunitContext
{
    private readonly RenderResult _result = Renders.SeedExample();

    public InvocationPanelTests() => this.AddTestServices();

    [Fact]
    public void ShowsTheInvocationByDefault()
    {
        var panel = RenderPanel(_result);

        var text = panel.Find("pre.invocation-text");
        Assert.Equal("Invocation", text.GetAttribute("data-format"));
        Assert.Equal(_result.Invocation(InvocationFormat.Invocation).Text, text.TextContent);
    }

    [Fact]
    public void ChoosingMcpRequestShowsTheJsonRpcRequest()
    {
        var panel = RenderPanel(_result);

        panel.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "MCP request").Click();

        panel.WaitForAssertion(() =>
        {
            var text = panel.Find("pre.invocation-text");
            Assert.Equal("McpRequest", text.GetAttribute("data-format"));
            Assert.Equal(_result.Invocation(InvocationFormat.McpRequest).Text, text.TextContent);
        });
    }

    [Fact]
    public void CopySendsTheShownTextToTheClipboardAndConfirms()
    {
        var invocation = _result.Invocation(InvocationFormat.Invocation).Text;
        var copy = JSInterop.Setup<bool>("designer.copyText", invocation);
        copy.SetResult(true);
        var snackbars = Render<MudSnackbarProvider>();
        var panel = RenderPanel(_result);

        CopyButton(panel).Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Copied the invocation", snackbars.Markup));
        Assert.Single(copy.Invocations);
        Assert.Empty(panel.FindAll("[data-testid=copy-fallback]"));
    }

    [Fact]
    public void RefusedClipboardShowsTheTextToCopyByHand()
    {
        var invocation = _result.Invocation(InvocationFormat.Invocation).Text;
        JSInterop.Setup<bool>("designer.copyText", invocation).SetResult(false);
        var panel = RenderPanel(_result);

        CopyButton(panel).Click();

        panel.WaitForAssertion(() =>
        {
            var fallback = panel.Find("[data-testid=copy-fallback]");
            Assert.Equal(invocation, fallback.QuerySelector("textarea#copy-fallback-text")!.TextContent);
        });
        panel.WaitForAssertion(() => JSInterop.VerifyInvoke("designer.selectText"));
        Assert.Equal("copy-fallback-text", JSInterop.VerifyInvoke("designer.selectText").Arguments.Single());
    }

    [Fact]
    public void InvalidResultOffersNothingToCopy()
    {
        var panel = RenderPanel(Renders.Of(("source", "relative/path")));

        Assert.Empty(panel.FindAll("pre.invocation-text"));
        Assert.Contains("Fix the errors in the form", panel.Markup);
        Assert.True(CopyButton(panel).HasAttribute("disabled"));
    }

    [Fact]
    public void ClaudeCodeWarnsThatSpacesSplitArguments()
    {
        var panel = RenderPanel(_result);

        panel.FindAll(".mud-chip").Single(c => c.TextContent.Trim() == "Claude Code").Click();

        panel.WaitForAssertion(() => Assert.Contains("install_cmd", panel.Find("[data-testid=format-warning]").TextContent));
    }

    private static AngleSharp.Dom.IElement CopyButton(IRenderedComponent<InvocationPanel> panel) =>
        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Copy");

    private static readonly InstanceEndpoint Instance = new(
        new InvocationTarget("http://127.0.0.1:5000/mcp", "multistagebuild"),
        MultiStageBuildPrompt.Definition.ForPreset("multi-stage-build.poetry", BuiltInPresets.Poetry.Arguments),
        MultiStageBuildPrompt.Docs);

    private IRenderedComponent<InvocationPanel> RenderPanel(RenderResult result, Action<PromptEdition>? showEdition = null) =>
        Render<InvocationPanel>(p => p.Add(c => c.Result, result).Add(c => c.Instance, Instance).Add(c => c.ContreeEdition, MultiStageBuildPrompt.Served)
            .Add(c => c.ShowEdition, showEdition ?? (_ => { })));

    [Fact]
    public void AddressingContreeWhileTheDocsEditionShowsOffersTheServedText()
    {
        PromptEdition? shown = null;
        var panel = RenderPanel(_result, edition => shown = edition);

        var notice = panel.Find("[data-testid=edition-notice]");
        Assert.Contains("Contree's server returns a different text for this call: the contree-mcp 0.1.2–0.1.5 edition", notice.TextContent);
        notice.QuerySelector("button")!.Click();

        Assert.Same(MultiStageBuildPrompt.Served, shown);
    }

    [Fact]
    public void NoNoticeWhenTheShownEditionIsTheOneTheServerReturns()
    {
        var served = new PromptRenderService(InvocationTarget.Contree).Render(Renders.Definition, _result.Arguments, MultiStageBuildPrompt.Served);

        var panel = RenderPanel(served);
        Assert.Empty(panel.FindAll("[data-testid=edition-notice]"));

        panel.FindAll(".mud-chip").First(c => c.TextContent.Contains("This app")).Click();
        panel.WaitForAssertion(() => Assert.Contains("This app's MCP endpoint returns a different text", panel.Find("[data-testid=edition-notice]").TextContent));
    }

    [Fact]
    public void ChoosingThisAppAddressesItsEndpointAndThePresetPrompt()
    {
        var panel = RenderPanel(_result);

        panel.FindAll(".mud-chip").First(c => c.TextContent.Contains("This app")).Click();
        panel.FindAll(".mud-chip").First(c => c.TextContent.Contains("Inspector CLI")).Click();

        panel.WaitForAssertion(() =>
        {
            var text = panel.Find("pre.invocation-text").TextContent;
            Assert.Contains("--cli http://127.0.0.1:5000/mcp", text);
            Assert.Contains("--prompt-name multi-stage-build.poetry", text);
        });
    }
}
