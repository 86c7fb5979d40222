using Microsoft.AspNetCore.Components;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// A component that re-renders only when <see cref="View"/> (everything it shows) changes. Blazor re-renders a child
/// whenever a parent passes a delegate or a reference type; on the designer's keystroke path that is most of them.
/// </summary>
/// <typeparam name="TView">A value-equal snapshot of what the component shows.</typeparam>
public abstract class RendersOnChange<TView> : ComponentBase
{
    private TView? _rendered;
    private bool _hasRendered;

    /// <summary>What the component shows, compared with the last render's by value.</summary>
    protected abstract TView View { get; }

    // The view is recorded when a render is decided, not after it: on a circuit OnAfterRender waits for the browser's
    // acknowledgement, and a comparison with an older view in between would skip a render that changes the page back.
    protected override bool ShouldRender()
    {
        var view = View;
        if (_hasRendered && EqualityComparer<TView>.Default.Equals(view, _rendered))
        {
            return false;
        }

        (_rendered, _hasRendered) = (view, true);
        return true;
    }

    // The first render does not ask ShouldRender.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_hasRendered)
        {
            (_rendered, _hasRendered) = (View, true);
        }
    }
}
