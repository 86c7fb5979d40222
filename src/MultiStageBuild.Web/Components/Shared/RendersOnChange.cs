using Microsoft.AspNetCore.Components;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// A component that re-renders only when <see cref="View"/> (everything it shows) changes. Blazor re-renders a child
/// whenever a parent passes a delegate or a reference type; on the designer's keystroke path that is most of them.
/// Its markup reads <see cref="Rendered"/>, not its parameters: what the view record leaves out cannot be shown.
/// </summary>
/// <typeparam name="TView">A record struct of what the component shows: compared by value, with no allocation.</typeparam>
public abstract class RendersOnChange<TView> : ComponentBase
    where TView : struct, IEquatable<TView>
{
    private TView _rendered;
    private bool _hasRendered;

    /// <summary>What the component shows, made from its parameters and state, compared with the last render's.</summary>
    protected abstract TView View { get; }

    /// <summary>The view this render shows.</summary>
    protected TView Rendered
    {
        get
        {
            // The first render does not ask ShouldRender.
            if (!_hasRendered)
            {
                (_rendered, _hasRendered) = (View, true);
            }

            return _rendered;
        }
    }

    // The view is recorded when a render is decided, not after it: on a circuit OnAfterRender waits for the browser's
    // acknowledgement, and a comparison with an older view in between would skip a render that changes the page back.
    protected override bool ShouldRender()
    {
        var view = View;
        if (_hasRendered && view.Equals(_rendered))
        {
            return false;
        }

        (_rendered, _hasRendered) = (view, true);
        return true;
    }

    // For markup that did not read Rendered on the first render.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_hasRendered)
        {
            (_rendered, _hasRendered) = (View, true);
        }
    }
}
