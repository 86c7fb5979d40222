using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// axe-core finds nothing in the "Check against server" dialog once a check has answered, against the TypeScript-SDK
/// stand-in for Contree's server and against a port nothing listens on; the opened dialog is in <see cref="AccessibilityTests"/>.
/// </summary>
public sealed class ServerCheckAccessibilityTests(ServerCheckAppFixture app) : BrowserTest(app), IClassFixture<ServerCheckAppFixture>
{
    /// <summary>Which server is checked, and the outcome it gives.</summary>
    private static readonly Dictionary<string, (string Server, string Status)> Outcomes = new()
    {
        ["the served text is another edition, with its differences"] = ("Contree", "Identical"),
        ["no server answers"] = ("Nowhere", "Unreachable"),
    };

    public static TheoryData<string, string, string> Checks => AxeCheck.InEveryThemeAndScreen(Outcomes.Keys);

    [Theory]
    [MemberData(nameof(Checks))]
    public async Task AnsweredCheckHasNoViolations(string outcome, string theme, string screen)
    {
        var (server, status) = Outcomes[outcome];
        var designer = new DesignerPage(await NewPageAsync(new() { ViewportSize = Viewports.Named(screen) }, AxeCheck.ThemeScript(theme)), app.BaseAddress);
        await designer.GotoAsync();
        await AxeCheck.ExpectThemeAsync(designer.Page, theme);

        await designer.CheckAgainstServerButton.ClickAsync();
        var check = new ServerCheckDialog(designer.Page);
        await check.Server(server).CheckAsync();
        await check.Run.ClickAsync();
        await Expect(check.Outcome).ToHaveAttributeAsync("data-status", status);

        await AxeCheck.AssertNoViolationsAsync(designer.Page);
    }
}
