using Microsoft.JSInterop;
using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Session;

/// <summary>
/// The name this browser's saves are recorded under: the signed-in account when sign-in is on, else a display name kept
/// in the browser's localStorage. One instance per circuit.
/// </summary>
public sealed class AuthorSession(IJSRuntime js, UserAccess access, ClientAddress address)
{
    private const string StorageKey = "author";

    private string? _chosenName;

    public string? Name => access.SignInOn ? access.UserName : _chosenName;

    /// <summary>Whether this session chooses its own display name (only without sign-in).</summary>
    public bool ChoosesName => !access.SignInOn;

    public bool HasName => !string.IsNullOrWhiteSpace(Name);

    /// <summary>The name to record on a change: the chosen name, or "anonymous".</summary>
    public string NameOrAnonymous => HasName ? Name! : "anonymous";

    /// <summary>Who a page's change is made by: this name, as an admin when the user is one (or sign-in is off), from this browser's address.</summary>
    public Actor Actor => new(NameOrAnonymous, access.IsAdmin, ChangeSurface.Page, address.Value);

    public event Action? Changed;

    public async Task LoadAsync()
    {
        if (ChoosesName)
        {
            _chosenName = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        }

        Changed?.Invoke();
    }

    public async Task SetAsync(string name)
    {
        _chosenName = name.Trim();
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, _chosenName);
        Changed?.Invoke();
    }
}
