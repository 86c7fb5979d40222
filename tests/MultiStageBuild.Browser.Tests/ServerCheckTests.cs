using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// What an agent really gets: the served edition beside the documented one, and "Check against server" against a
/// real MCP server built with the TypeScript SDK, on a laptop screen.
/// </summary>
public sealed class ServerCheckTests(ServerCheckAppFixture app) : BrowserTest(app), IClassFixture<ServerCheckAppFixture>
{
    [Fact]
    public async Task ContreesServedTextShowsInThePreviewAndTheCheckFindsItIdentical()
    {
        var designer = await OpenAsync();
        await designer.ServerChip("Contree's server").ClickAsync();
        await Expect(designer.ServerChip("Contree's server")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(designer.EditionChip("Reference document")).ToHaveAttributeAsync("aria-pressed", "true");

        await Expect(designer.EditionNotice).ToContainTextAsync("Contree's server returns a different text for this call");
        await designer.EditionNotice.GetByRole(AriaRole.Button, new() { Name = "Show what it returns" }).ClickAsync();

        await Expect(designer.EditionChip("contree-mcp 0.1.2–0.1.5")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(designer.EditionNotice).ToHaveCountAsync(0);
        await Expect(designer.Preview).ToContainTextAsync("Execute a multi-stage build with checkpoints.");
        await designer.ExpectQueryAsync("edition", "contree-mcp-0.1");

        await designer.PreviewTab("Differences").ClickAsync();
        await Expect(designer.EditionDifferences.Locator(".diff-removed", new() { HasTextString = "Execute a multi-stage build with checkpoints." })).ToBeVisibleAsync();
        await Expect(designer.EditionDifferences.Locator(".diff-added", new() { HasTextString = "Execute a multi-stage build with rollback checkpoints:" })).ToBeVisibleAsync();

        await designer.CheckAgainstServerButton.ClickAsync();
        var check = new ServerCheckDialog(designer.Page);
        await Expect(check.Servers).ToHaveCountAsync(2);
        await Expect(check.Server("Contree")).ToBeCheckedAsync();
        await check.Run.ClickAsync();

        await Expect(check.Outcome).ToHaveAttributeAsync("data-status", "Identical");
        await Expect(check.Outcome).ToContainTextAsync("Identical to contree-mcp 0.1.2–0.1.5.");
        await Expect(check.Outcome).ToContainTextAsync("(contree-mcp-0.1)");
        await Expect(check.Diff).ToHaveCountAsync(0);
        await Expect(check.ServerPrompts.Locator("li[data-argument=source]")).ToContainTextAsync("(required)");
        await Expect(check.Dialog).ToBeInViewportAsync(new() { Ratio = 1 });
        await check.Dialog.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(check.Dialog).ToHaveCountAsync(0);
        await Expect(designer.CopyButton).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    [Fact]
    public async Task AnUnreachableServerIsNamedAndTheDialogWorksFromTheKeyboard()
    {
        var designer = await OpenAsync();
        await designer.CheckAgainstServerButton.FocusAsync();
        await designer.Page.Keyboard.PressAsync("Enter");
        var check = new ServerCheckDialog(designer.Page);
        await Expect(check.Server("Contree")).ToBeCheckedAsync();
        await check.Server("Nowhere").CheckAsync();
        await check.Run.PressAsync("Enter");

        await Expect(check.Outcome).ToHaveAttributeAsync("data-status", "Unreachable");
        await Expect(check.Outcome).ToContainTextAsync($"Nothing answers at {app.NowhereUrl}");
        await check.Run.PressAsync("Escape");
        await Expect(check.Dialog).ToHaveCountAsync(0);
    }

    private async Task<DesignerPage> OpenAsync()
    {
        var designer = new DesignerPage(await NewPageAsync(new() { ViewportSize = Viewports.Laptop }), app.BaseAddress);
        await designer.GotoAsync();
        return designer;
    }
}
