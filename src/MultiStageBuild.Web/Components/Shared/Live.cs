namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// A value that changes while its page stays put: <see cref="LiveView{T}"/>s re-render on <see cref="Set"/>, and
/// nothing else does. Lives in one circuit; set it on that circuit's dispatcher.
/// </summary>
/// <typeparam name="T">An immutable snapshot.</typeparam>
public sealed class Live<T>(T value)
{
    public T Value { get; private set; } = value;

    public event Action? Changed;

    public void Set(T value)
    {
        Value = value;
        Changed?.Invoke();
    }
}
