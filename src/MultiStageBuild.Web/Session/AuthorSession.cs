using Microsoft.JSInterop;

namespace MultiStageBuild.Web.Session;

/// <summary>
/// The display name this browser saves under, until sign-in exists. Kept in the browser's localStorage;
/// one instance per circuit.
/// </summary>
public sealed class AuthorSession(IJSRuntime js)
{
    private const string StorageKey = "author";

    public string? Name { get; private set; }

    public bool HasName => !string.IsNullOrWhiteSpace(Name);

    /// <summary>The name to record on a change: the chosen name, or "anonymous".</summary>
    public string NameOrAnonymous => HasName ? Name! : "anonymous";

    public event Action? Changed;

    public async Task LoadAsync()
    {
        Name = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        Changed?.Invoke();
    }

    public async Task SetAsync(string name)
    {
        Name = name.Trim();
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, Name);
        Changed?.Invoke();
    }
}
