using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// The app in <c>Auth:Mode</c> <c>Local</c> with one client per identity: anonymous; an admin (the first account), an
/// editor and a viewer, each signed in through the app's forms with a cookie; and a read and a write token of the editor.
/// Another mode's host derives from it and signs the same three names in its own way.
/// </summary>
public class SignInAppHost : McpAppHost
{
    public const string Anonymous = "anonymous";
    public const string ReadToken = "read token";
    public const string WriteToken = "write token";
    public const string AdminName = "ada";
    public const string EditorName = "eddie";
    public const string ViewerName = "vera";

    public SignInAppHost()
        : this(new Dictionary<string, string?> { [LocalSignIn.ModeSetting] = nameof(AuthMode.Local) })
    {
    }

    protected SignInAppHost(IReadOnlyDictionary<string, string?> settings)
        : base(settings)
    {
    }

    public static IReadOnlyList<string> Identities { get; } = [Anonymous, AppRoles.Viewer, AppRoles.Editor, AppRoles.Admin, ReadToken, WriteToken];

    /// <summary>A client per identity in <see cref="Identities"/>; cookie clients carry the antiforgery header.</summary>
    public IReadOnlyDictionary<string, HttpClient> Clients => _clients;

    private readonly Dictionary<string, HttpClient> _clients = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _clients[Anonymous] = NewCookieClient();
        await foreach (var (role, client) in SignInEachRoleAsync())
        {
            _clients[role] = client;
        }

        foreach (var role in AppRoles.All)
        {
            await _clients[role].AddAntiforgeryHeaderAsync();
        }

        _clients[ReadToken] = await BearerClientAsync(EditorName, ApiTokenScope.Read);
        _clients[WriteToken] = await BearerClientAsync(EditorName, ApiTokenScope.Write);
    }

    /// <summary>A cookie client signed in as <see cref="AdminName"/>, <see cref="EditorName"/> and <see cref="ViewerName"/>, each with its role.</summary>
    protected virtual async IAsyncEnumerable<(string Role, HttpClient Client)> SignInEachRoleAsync()
    {
        yield return (AppRoles.Admin, await this.CreateFirstAccountAsync(AdminName));
        yield return (AppRoles.Editor, await this.CreateInvitedAccountAsync(EditorName, AppRoles.Editor));
        yield return (AppRoles.Viewer, await this.CreateInvitedAccountAsync(ViewerName, AppRoles.Viewer));
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>Makes a token for <paramref name="userName"/> (as the Tokens page does) and a client that sends it.</summary>
    public Task<HttpClient> BearerClientAsync(string userName, string scope, TimeSpan? lifetime = null) =>
        LocalSignIn.BearerClientAsync(this, userName, scope, lifetime);

    public Task<(ApiTokenEntity Token, string Secret)> CreateTokenAsync(string userName, string scope, TimeSpan? lifetime = null) =>
        LocalSignIn.CreateTokenAsync(this, userName, scope, lifetime);
}
