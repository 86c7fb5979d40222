using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The presets page: names that open the designer, built-ins listed read-only, long commands that wrap; and the About page.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class PresetsPageTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    [Fact]
    public async Task APresetsNameOpensItInTheDesigner()
    {
        var name = Unique("Linked");
        var preset = await Api.CreateAsync(PresetsApi.Body(name, "pytest -x"));
        var list = await OpenPresetsAsync("ada");
        await list.FindAsync(name);

        await list.Row(name).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

        await Expect(list.Page).ToHaveURLAsync(new Regex($"/\\?preset={preset.Id():N}$"));
        var designer = new DesignerPage(list.Page, App.BaseAddress);
        await designer.WaitInteractiveAsync();
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -x");
    }

    [Fact]
    public async Task BuiltInsAreListedReadOnlyAndCanBeOpenedComparedAndDuplicated()
    {
        var list = await OpenPresetsAsync("ada");
        var builtIns = list.Page.GetByTestId("built-in-presets");

        await Expect(builtIns.Locator(".preset-name")).ToHaveTextAsync(["Python package", "Poetry", "Rust"]);
        await Expect(builtIns.GetByText("built-in", new() { Exact = true })).ToHaveCountAsync(3);
        await Expect(builtIns.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Edit|Delete)") })).ToHaveCountAsync(0);
        await Expect(builtIns.GetByRole(AriaRole.Link, new() { Name = "Poetry", Exact = true })).ToHaveAttributeAsync("href", "/?preset=poetry");
        await Expect(builtIns.GetByRole(AriaRole.Link, new() { Name = "Compare Rust with another preset" })).ToHaveAttributeAsync("href", "/presets/compare?left=rust");

        await builtIns.GetByRole(AriaRole.Button, new() { Name = "Duplicate Poetry into a saved preset" }).ClickAsync();

        await Expect(list.Page.Locator("#preset-name")).ToHaveValueAsync("Poetry (copy)");
    }

    [Fact]
    public async Task ALongCommandWrapsWithoutSidewaysScrollingOnAPhone()
    {
        var name = Unique("Long");
        var command = string.Join(" && ", Enumerable.Range(1, 12).Select(i => $"/opt/toolchains/very-long-directory-name-{i}/bin/run-step-{i}.sh --flag=value-{i}"));
        await Api.CreateAsync(PresetsApi.Body(name, command));

        var page = await OpenAtAsync(Viewports.Phone, $"/presets?search={Uri.EscapeDataString(name)}");
        var list = new PresetsListPage(page, App.BaseAddress);
        await Expect(list.Row(name)).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is {widths[0]} px wide in a {widths[1]} px window.");
        await Expect(list.Row(name).Locator(".preset-commands code").Last).ToContainTextAsync("run-step-12.sh");
    }

    [Fact]
    public async Task AboutLinksToContreesDocumentationAndSaysThereIsNoSignIn()
    {
        var page = await NewPageAsync("ada");

        await page.GotoAsync(new Uri(App.BaseAddress, "/about").ToString());
        await page.WaitForAuthorAsync("ada");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Contree's MCP server and its documentation" }))
            .ToHaveAttributeAsync("href", "https://github.com/nebius/contree-mcp");
        await Expect(page.GetByTestId("sign-in-mode")).ToHaveTextAsync("No sign-in: one person on this machine, loopback only.");
    }
}
