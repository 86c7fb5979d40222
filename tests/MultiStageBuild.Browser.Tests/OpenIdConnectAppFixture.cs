namespace MultiStageBuild.Browser.Tests;

/// <summary>The app in <c>Auth:Mode</c> <c>OpenIdConnect</c>, a real OpenID Connect provider beside it on loopback, and one Chromium.</summary>
public sealed class OpenIdConnectAppFixture : BrowserAppHost
{
    public OpenIdConnectAppFixture()
        : this(new OidcProvider())
    {
    }

    private OpenIdConnectAppFixture(OidcProvider provider)
        : base(new AppHostOptions { Settings = provider.AppSettings() }) => Provider = provider;

    public OidcProvider Provider { get; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Provider.StartAsync(BaseAddress, TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
