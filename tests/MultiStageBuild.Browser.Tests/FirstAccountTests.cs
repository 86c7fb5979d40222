using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;
using static MultiStageBuild.Browser.Tests.SignInTests;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// Local accounts in Chromium from a fresh database: the first visitor creates the admin, the admin invites a viewer
/// through the Members page, the viewer signs in and finds no edit actions, and signing out leaves the app behind the
/// sign-in form.
/// </summary>
public sealed class FirstAccountTests(SignInAppFixture app) : BrowserTest(app), IClassFixture<SignInAppFixture>
{
    [Fact]
    public async Task AnAdminInvitesAViewerWhoSeesNoEditActionsAndBothSignOut()
    {
        var admin = await NewPageAsync(label: "admin");
        await admin.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Create the first account" })).ToBeVisibleAsync();
        await FillAccountFormAsync(admin, "ada", "Create account");
        await Expect(admin.GetByTestId("signed-in-as")).ToContainTextAsync("ada (admin)");

        await admin.GotoAsync(new Uri(app.BaseAddress, "/members").ToString());
        await Expect(admin.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Radio, new() { Name = "viewer", Exact = true }).CheckAsync();
        await Expect(admin.GetByRole(AriaRole.Radio, new() { Name = "viewer", Exact = true })).ToBeCheckedAsync();
        await admin.GetByTestId("invite").ClickAsync();
        var link = await admin.GetByTestId("invitation-link").TextContentAsync();

        var viewer = await NewPageAsync(label: "viewer");
        await viewer.GotoAsync(link!);
        await Expect(viewer.GetByText("You are invited as viewer.")).ToBeVisibleAsync();
        await FillAccountFormAsync(viewer, "vera", "Create account");
        var designer = new DesignerPage(viewer, app.BaseAddress);
        await designer.WaitInteractiveAsync();
        await Expect(viewer.GetByTestId("signed-in-as")).ToContainTextAsync("vera (viewer)");
        await Expect(viewer.GetByTestId("save-as-preset")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("read-only-note")).ToContainTextAsync("Needs the editor role; you are signed in as viewer.");

        await viewer.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Team presets" })).ToBeVisibleAsync();
        await Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "New preset" })).ToHaveCountAsync(0);
        await Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Import" })).ToHaveCountAsync(0);
        await Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Members" })).ToHaveCountAsync(0);

        await viewer.GetByTestId("sign-out").ClickAsync();
        await Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await viewer.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(viewer).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fpresets$"));

        await FillAccountFormAsync(viewer, "vera", "Sign in");
        await Expect(viewer).ToHaveURLAsync(new Regex("/presets$"));
        await Expect(viewer.GetByTestId("signed-in-as")).ToContainTextAsync("vera (viewer)");

        await admin.GetByTestId("sign-out").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
