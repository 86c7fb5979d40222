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

    protected override bool ShouldRender() => !_hasRendered || !EqualityComparer<TView>.Default.Equals(View, _rendered);

    protected override void OnAfterRender(bool firstRender)
    {
        _rendered = View;
        _hasRendered = true;
    }
}
