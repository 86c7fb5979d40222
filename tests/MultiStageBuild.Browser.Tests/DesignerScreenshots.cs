using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// The README's pictures of the designer, light and dark, on a laptop and a phone, as a first visit shows it.
/// <c>.ci/screenshots.sh</c> runs these with <c>SCREENSHOTS_DIR</c> set to write them into the repository; otherwise
/// they go to <c>readme-screenshots/</c> in the test output folder.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class DesignerScreenshots(DesignerAppFixture app) : BrowserTest(app), IClassFixture<DesignerAppFixture>
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "readme-screenshots");

    [Theory]
    [InlineData("laptop", "light")]
    [InlineData("laptop", "dark")]
    [InlineData("phone", "light")]
    [InlineData("phone", "dark")]
    public async Task DesignerOnFirstVisit(string screen, string theme)
    {
        var page = await NewPageAsync(
            new BrowserNewContextOptions { ViewportSize = Viewports.Named(screen), ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light },
            initScript: "try { localStorage.setItem('author', 'Ada'); } catch { }");
        var designer = new DesignerPage(page, app.BaseAddress);
        await designer.GotoAsync();
        await page.WaitForAuthorAsync("Ada");
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", theme == "dark" ? "true" : "false");
        await Expect(designer.Preview).ToContainTextAsync("Source: /home/user/project");

        var path = Path.Combine(Directory.CreateDirectory(Folder).FullName, $"designer-{screen}-{theme}.png");
        File.Delete(path);
        await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is too small to show the designer.");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
