using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Check;
using MultiStageBuild.Web.Components.Pages.Designer;
using MultiStageBuild.Web.Tests.Check;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>"Check against server": the button and its dialog, running the real check against real servers on loopback.</summary>
public sealed class ServerCheckTests : BunitContext, IClassFixture<StandInFixture>
{
    private readonly DesignerOptions _options = new();

    public ServerCheckTests(StandInFixture standIn)
    {
        _options.Servers.AddRange([
            new CheckServer("Contree", standIn.Server.Endpoint.ToString()),
            new CheckServer("Nowhere", $"http://127.0.0.1:{LoopbackPort.Free()}/mcp"),
            new CheckServer("Failing", new Uri(standIn.Server.Endpoint, "/failing/mcp").ToString()),
            new CheckServer("Silent", new Uri(standIn.Server.Endpoint, "/slow/mcp").ToString()),
        ]);
        Services.AddSingleton(_options);
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton<McpServerCheck>();
        this.AddTestServices();
    }

    [Fact]
    public async Task OffersOnlyTheConfiguredServersWithTheFirstChosen()
    {
        var dialog = await ShowAsync(Renders.SeedExample());

        var servers = dialog.Provider.FindAll("input[name=check-server]");
        Assert.Equal(["Contree", "Nowhere", "Failing", "Silent"], servers.Select(s => s.GetAttribute("value")));
        Assert.Equal(["Contree"], servers.Where(s => s.HasAttribute("checked")).Select(s => s.GetAttribute("value")));
        Assert.Empty(dialog.Provider.FindAll("[data-testid=check-outcome]"));
    }

    [Fact]
    public async Task TheStandInIsIdenticalToTheServedEditionWithItsDiffAgainstThePreviewAndItsPrompts()
    {
        var dialog = await ShowAsync(Renders.SeedExample());

        dialog.Click("run-check");

        var outcome = WaitForOutcome(dialog, "Identical");
        Assert.StartsWith("Identical to contree-mcp 0.1.2–0.1.5.", outcome.TextContent.Trim());
        Assert.Contains("(contree-mcp-0.1)", outcome.TextContent);
        var added = dialog.Provider.FindAll(".prompt-diff .diff-added").Select(l => l.TextContent).ToList();
        Assert.Contains("+ Execute a multi-stage build with checkpoints.", added);
        var arguments = dialog.Provider.FindAll("[data-prompt=multi-stage-build] li[data-argument]");
        Assert.Equal(["source", "install_cmd", "build_cmd", "test_cmd"], arguments.Select(a => a.GetAttribute("data-argument")));
        Assert.Contains("(required)", arguments[0].TextContent);
        Assert.Contains("(optional)", arguments[1].TextContent);
    }

    [Fact]
    public async Task ShowingTheMatchedEditionClosesTheDialogWithIt()
    {
        var dialog = await ShowAsync(Renders.SeedExample());
        dialog.Click("run-check");
        WaitForOutcome(dialog, "Identical");

        dialog.Click("show-matched-edition");

        var result = await dialog.ResultAsync();
        Assert.Equal(MultiStageBuildPrompt.ServedEdition, Assert.IsType<PromptEdition>(result.Data).Id);
    }

    [Fact]
    public async Task WhenThePreviewShowsTheMatchedEditionThereIsNoDiff()
    {
        var served = MultiStageBuildPrompt.Definition.FindEdition(MultiStageBuildPrompt.ServedEdition)!;
        var dialog = await ShowAsync(new PromptRenderService(Core.Invocations.InvocationTarget.Contree)
            .Render(MultiStageBuildPrompt.Definition, Renders.SeedExample().Arguments, served));

        dialog.Click("run-check");

        WaitForOutcome(dialog, "Identical");
        Assert.Empty(dialog.Provider.FindAll(".prompt-diff"));
        Assert.Empty(dialog.Provider.FindAll("[data-testid=show-matched-edition]"));
    }

    [Fact]
    public async Task AnUnreachableServerSaysNothingAnswersThere()
    {
        var dialog = await ShowAsync(Renders.SeedExample());
        var nowhere = _options.Servers[1];

        dialog.Provider.Find("input[value=Nowhere]").Change(true);
        dialog.Click("run-check");

        var outcome = WaitForOutcome(dialog, "Unreachable");
        Assert.StartsWith("Unreachable.", outcome.TextContent.Trim());
        Assert.Contains($"Nothing answers at {nowhere.Url}", outcome.TextContent);
        Assert.Empty(dialog.Provider.FindAll("[data-testid=server-prompts]"));
    }

    [Fact]
    public async Task AnErrorResultShowsTheServersMessageAndItsPrompts()
    {
        var dialog = await ShowAsync(Renders.SeedExample());

        dialog.Provider.Find("input[value=Failing]").Change(true);
        dialog.Click("run-check");

        var outcome = WaitForOutcome(dialog, "ErrorResult");
        Assert.Contains("the build farm is down for maintenance", outcome.TextContent);
        Assert.NotEmpty(dialog.Provider.FindAll("[data-prompt=multi-stage-build]"));
    }

    [Fact]
    public async Task WhileTheServerIsSilentTheCheckIsBusyAndCannotBeStartedTwice()
    {
        _options.CheckTimeoutSeconds = 600;
        var dialog = await ShowAsync(Renders.SeedExample());

        dialog.Provider.Find("input[value=Silent]").Change(true);
        dialog.Click("run-check");

        dialog.Provider.WaitForAssertion(() => Assert.NotEmpty(dialog.Provider.FindAll("[data-testid=check-running]")));
        Assert.Equal("true", dialog.Provider.Find("[data-testid=check-result]").GetAttribute("aria-busy"));
        var run = dialog.Provider.Find("[data-testid=run-check]");
        Assert.Equal("true", run.GetAttribute("aria-disabled"));
        Assert.Equal("Checking…", run.TextContent.Trim());
        Assert.True(dialog.Provider.Find("fieldset.server-check-servers").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ASilentServerTimesOut()
    {
        _options.CheckTimeoutSeconds = 1;
        var dialog = await ShowAsync(Renders.SeedExample());

        dialog.Provider.Find("input[value=Silent]").Change(true);
        dialog.Click("run-check");

        var outcome = WaitForOutcome(dialog, "TimedOut");
        Assert.Contains("did not answer within 1 seconds", outcome.TextContent);
        Assert.Equal("Run again", dialog.Provider.Find("[data-testid=run-check]").TextContent.Trim());
    }

    [Fact]
    public void TheButtonIsDisabledWhileTheFormHasErrors()
    {
        var button = Render<ServerCheck>(p => p.Add(c => c.Result, Renders.Of(("source", "relative/path"))));

        Assert.True(button.Find("[data-testid=check-against-server]").HasAttribute("disabled"));
    }

    [Fact]
    public void TheButtonOpensTheDialogOnTheCurrentRender()
    {
        var provider = Render<MudDialogProvider>();
        var button = Render<ServerCheck>(p => p.Add(c => c.Result, Renders.SeedExample()));

        button.Find("[data-testid=check-against-server]").Click();

        provider.WaitForAssertion(() => Assert.Contains("Check against server", provider.Find(".mud-dialog").TextContent));
        Assert.Contains("the preview's Reference document edition", provider.Find(".mud-dialog-content").TextContent);
    }

    private static AngleSharp.Dom.IElement WaitForOutcome(DialogHost dialog, string status)
    {
        dialog.Provider.WaitForAssertion(() => Assert.Equal(status, dialog.Provider.Find("[data-testid=check-outcome]").GetAttribute("data-status")));
        return dialog.Provider.Find("[data-testid=check-outcome]");
    }

    private Task<DialogHost> ShowAsync(RenderResult result) =>
        DialogHost.ShowAsync(this, new DialogParameters<ServerCheckDialog> { { d => d.Result, result } });
}
