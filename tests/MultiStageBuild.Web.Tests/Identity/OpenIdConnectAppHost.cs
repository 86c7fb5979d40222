using MultiStageBuild.Web.Identity;

namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>
/// The app in <c>Auth:Mode</c> <c>OpenIdConnect</c> at a real provider started on loopback beside it; ada, eddie and
/// vera sign in through the provider's login form and get admin, editor and viewer from their groups.
/// </summary>
public sealed class OpenIdConnectAppHost : SignInAppHost
{
    public OpenIdConnectAppHost()
        : this(new OidcProvider())
    {
    }

    private OpenIdConnectAppHost(OidcProvider provider)
        : base(provider.AppSettings()) => Provider = provider;

    public OidcProvider Provider { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    protected override async IAsyncEnumerable<(string Role, HttpClient Client)> SignInEachRoleAsync()
    {
        await Provider.StartAsync(BaseAddress, TestContext.Current.CancellationToken);
        yield return (AppRoles.Admin, await OidcProvider.SignInAsync(BaseAddress, AdminName));
        yield return (AppRoles.Editor, await OidcProvider.SignInAsync(BaseAddress, EditorName));
        yield return (AppRoles.Viewer, await OidcProvider.SignInAsync(BaseAddress, ViewerName));
    }
}
