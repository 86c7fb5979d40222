using MultiStageBuild.Web.Identity;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// The app in <c>Auth:Mode</c> <c>Local</c> with one client per identity: anonymous; an admin (the first account), an
/// editor and a viewer, each signed in through the app's forms with a cookie; and a read and a write token of the editor.
/// </summary>
public sealed class SignInAppHost : McpAppHost
{
    public const string Anonymous = "anonymous";
    public const string ReadToken = "read token";
    public const string WriteToken = "write token";
    public const string AdminName = "ada";
    public const string EditorName = "eddie";
    public const string ViewerName = "vera";

    public SignInAppHost()
        : base(new Dictionary<string, string?> { [LocalSignIn.ModeSetting] = nameof(AuthMode.Local) })
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
        _clients[AppRoles.Admin] = await this.CreateFirstAccountAsync(AdminName);
        _clients[AppRoles.Editor] = await this.CreateInvitedAccountAsync(EditorName, AppRoles.Editor);
        _clients[AppRoles.Viewer] = await this.CreateInvitedAccountAsync(ViewerName, AppRoles.Viewer);
        foreach (var role in AppRoles.All)
        {
            await _clients[role].AddAntiforgeryHeaderAsync();
        }

        _clients[ReadToken] = await BearerClientAsync(EditorName, ApiTokenScope.Read);
        _clients[WriteToken] = await BearerClientAsync(EditorName, ApiTokenScope.Write);
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
