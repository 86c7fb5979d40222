using Bunit;
using Microsoft.AspNetCore.Components;
using MultiStageBuild.Web.Components.Pages.Designer;
using MultiStageBuild.Web.Components.Shared;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>The real designer page with the app's services and store: what a keystroke renders.</summary>
public sealed class DesignerPageTests : PresetStoreContext
{
    private const string Typed = "/srv/typed-in-the-test";

    [Fact]
    public void AKeystrokeRendersOnlyWhatShowsTheResult()
    {
        var page = Render<DesignerPage>();
        var preview = page.Find("section[aria-label='Rendered prompt']").TextContent;
        var invocation = page.Find("pre.invocation-text").TextContent;
        Assert.DoesNotContain(Typed, preview);

        var before = RenderCounts(page);
        page.Find("#arg-source").Input(Typed);
        var after = RenderCounts(page);

        var rendered = after.Where(c => c.Value != before[c.Key]).Select(c => c.Key).Order().ToList();
        Assert.Equal(["ArgumentForm", "InvocationPanel", "LiveView`1 #0", "LiveView`1 #1", "LiveView`1 #2", "PreviewPane"], rendered);
        Assert.All(after.Where(c => rendered.Contains(c.Key)), c => Assert.Equal(before[c.Key] + 1, c.Value));

        Assert.NotEqual(preview, page.Find("section[aria-label='Rendered prompt']").TextContent);
        Assert.Contains(Typed, page.Find("section[aria-label='Rendered prompt']").TextContent);
        Assert.NotEqual(invocation, page.Find("pre.invocation-text").TextContent);
        Assert.Contains(Typed, page.Find("pre.invocation-text").TextContent);
    }

    /// <summary>Each component on the page (the page too) and how many times it rendered, its children's renders included.</summary>
    private static Dictionary<string, int> RenderCounts(IRenderedComponent<DesignerPage> page)
    {
        var counts = new Dictionary<string, int> { ["DesignerPage"] = page.RenderCount };
        Add(page.FindComponents<LiveView<DesignerView>>());
        Add(page.FindComponents<PresetPicker>());
        Add(page.FindComponents<PresetToolbar>());
        Add(page.FindComponents<ArgumentForm>());
        Add(page.FindComponents<ArgumentField>(), field => field.Instance.Argument.Name);
        Add(page.FindComponents<ArgumentMeta>(), meta => meta.Instance.Argument.Name);
        Add(page.FindComponents<InvocationPanel>());
        Add(page.FindComponents<InvocationOptions>());
        Add(page.FindComponents<EditionNotice>());
        Add(page.FindComponents<EditionSwitch>());
        Add(page.FindComponents<PreviewPane>());
        Add(page.FindComponents<PreviewTabs>());
        return counts;

        void Add<T>(IReadOnlyList<IRenderedComponent<T>> components, Func<IRenderedComponent<T>, string>? name = null)
            where T : IComponent
        {
            Assert.NotEmpty(components);
            for (var i = 0; i < components.Count; i++)
            {
                var key = typeof(T).Name + (name is not null ? $" {name(components[i])}" : components.Count > 1 ? $" #{i}" : "");
                counts.Add(key, components[i].RenderCount);
            }
        }
    }
}
