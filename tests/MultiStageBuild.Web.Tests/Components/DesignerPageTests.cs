using Bunit;
using MultiStageBuild.Web.Components.Pages.Designer;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>The real designer page with the app's services and store: what a keystroke renders.</summary>
public sealed class DesignerPageTests : PresetStoreContext
{
    private const string Typed = "/srv/typed-in-the-test";

    [Fact]
    public void AKeystrokeRendersOnlyWhatShowsTheResult()
    {
        var page = Render<DesignerPage>();
        var preview = PreviewText(page);
        var invocation = page.Find("pre.invocation-text").TextContent;
        Assert.DoesNotContain(Typed, preview);

        ComponentRenders.Counting = true;
        page.Find("#arg-source").Input(Typed);
        ComponentRenders.Counting = false;

        // The three live views re-render their parts; the form passes the result on to fields that show nothing new.
        Assert.Equal(
            [new("LiveView<DesignerView>", 3), new("ArgumentForm", 1), new("InvocationPanel", 1), new("PreviewPane", 1)],
            ComponentRenders.Renders.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal));
        Assert.NotEqual(preview, PreviewText(page));
        Assert.Contains(Typed, PreviewText(page));
        Assert.NotEqual(invocation, page.Find("pre.invocation-text").TextContent);
        Assert.Contains(Typed, page.Find("pre.invocation-text").TextContent);
        Assert.Contains(Uri.EscapeDataString(Typed), page.Find("#deep-link").GetAttribute("data-url"));
    }

    private static string PreviewText(IRenderedComponent<DesignerPage> page) =>
        page.Find("section[aria-label='Rendered prompt']").TextContent;
}
