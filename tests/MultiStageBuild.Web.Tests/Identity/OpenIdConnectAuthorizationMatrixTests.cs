namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>The authorization matrix in <c>Auth:Mode</c> <c>OpenIdConnect</c>: each role signed in through the real provider's login form.</summary>
public sealed class OpenIdConnectAuthorizationMatrixTests(OpenIdConnectAppHost host) : AuthorizationMatrixTests(host), IClassFixture<OpenIdConnectAppHost>;
