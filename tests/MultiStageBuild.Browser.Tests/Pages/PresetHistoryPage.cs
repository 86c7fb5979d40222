using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>A preset's history at <c>/presets/{id}/history</c>: its revisions, a diff against now, and restore.</summary>
public sealed class PresetHistoryPage(IPage page, Uri baseAddress)
{
    public IPage Page { get; } = page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>"Now at version N ..." under the heading.</summary>
    public ILocator Summary => Page.GetByText("Now at version");

    public ILocator RestoreButton => Page.GetByTestId("restore-revision");

    public ILocator Revisions => Page.Locator(".revision-list .mud-list-item");

    public ILocator Revision(int version) => Revisions.Filter(new() { HasTextRegex = new Regex($@"^\s*v{version}\s") });

    public async Task GotoAsync(Guid id, string author)
    {
        await Page.GotoAsync(new Uri(baseAddress, $"/presets/{id:N}/history").ToString());
        await Page.WaitForAuthorAsync(author);
    }

    /// <summary>Selects revision <paramref name="version"/> and waits for its diff against the current version.</summary>
    public async Task SelectAsync(int version)
    {
        await Revision(version).ClickAsync();
        await Expect(Page.GetByText($"Version {version} against the current version")).ToBeVisibleAsync();
    }
}
