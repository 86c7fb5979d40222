using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// Single sign-on in Chromium against a real OpenID Connect provider: the authorization code flow (with PKCE, which
/// the provider requires) from a page that needs sign-in back to that page, signed in with the role the groups give; signing out ends the session
/// here and, after the provider's confirmation, there.
/// </summary>
public sealed class OpenIdConnectSignInTests(OpenIdConnectAppFixture app) : BrowserTest(app), IClassFixture<OpenIdConnectAppFixture>
{
    [Fact]
    public async Task AnEditorSignsInAtTheProviderWithPkceLandsWhereTheyWereGoingAndSignsOut()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with single sign-on" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(app.Provider.Authority.ToString()) + "interaction/"));

        await SignInAtProviderAsync(page, "eddie");
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(app.BaseAddress.ToString()) + "presets$"));
        await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("eddie (editor)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New preset" })).ToBeVisibleAsync();

        await page.GetByTestId("sign-out").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with single sign-on" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in$"));

        // The provider's session ended too: signing in again asks for the password.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with single sign-on" }).ClickAsync();
        await Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fpresets$"));
    }

    [Fact]
    public async Task AViewerFromTheStaffGroupSeesNoEditActions()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/presets").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with single sign-on" }).ClickAsync();

        await SignInAtProviderAsync(page, "vera");

        await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("vera (viewer)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team presets" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New preset" })).ToHaveCountAsync(0);
    }

    private static async Task SignInAtProviderAsync(IPage page, string userName)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test provider" })).ToBeVisibleAsync();
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(OidcProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }
}
