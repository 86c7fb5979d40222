using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Local accounts in Chromium: a wrong password, and personal API tokens made and revoked on the Tokens page.</summary>
public sealed class SignInTests(SignInAppFixture app) : BrowserTest(app), IClassFixture<SignInAppFixture>
{
    [Fact]
    public async Task AWrongPasswordIsSaidWhereItWasTyped()
    {
        var page = await SignedInAsync();
        await page.GetByTestId("sign-out").ClickAsync();

        await page.GetByLabel("Name").FillAsync("ada");
        await page.GetByLabel("Password").FillAsync("Not-The-Password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("account-error")).ToHaveTextAsync("The name or the password is wrong.");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("ada");
    }

    [Fact]
    public async Task ATokenMadeOnTheTokensPageIsShownOnceAndOpensTheApi()
    {
        var page = await SignedInAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/tokens").ToString());
        await Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        await page.GetByLabel("Name").FillAsync("laptop agent");
        await page.GetByTestId("create-token").ClickAsync();
        var secret = (await page.GetByTestId("token-secret").TextContentAsync())!.Trim();
        var row = page.GetByTestId("token").Filter(new() { HasText = "laptop agent" });
        await Expect(row).ToContainTextAsync("never");

        using var client = app.NewCookieClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var response = await client.GetAsync("/api/presets", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        await page.ReloadAsync();
        await Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("token-secret")).ToHaveCountAsync(0);
        await Expect(row).Not.ToContainTextAsync("never");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke laptop agent" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        using var revoked = await client.GetAsync("/api/presets", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    /// <summary>A page signed in as the admin, creating the first account when this host has none yet.</summary>
    private async Task<IPage> SignedInAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/account/sign-in").ToString());
        if (await page.GetByRole(AriaRole.Heading, new() { Name = "Create the first account" }).IsVisibleAsync())
        {
            await FillAccountFormAsync(page, "ada", "Create account");
        }
        else
        {
            await FillAccountFormAsync(page, "ada", "Sign in");
        }

        await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("ada (admin)");
        return page;
    }

    internal static async Task FillAccountFormAsync(IPage page, string userName, string submit)
    {
        await page.GetByLabel("Name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(LocalSignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
    }
}
