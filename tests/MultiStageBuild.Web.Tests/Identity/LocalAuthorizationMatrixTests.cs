namespace MultiStageBuild.Web.Tests.Identity;

/// <summary>The authorization matrix in <c>Auth:Mode</c> <c>Local</c>: accounts signed in through the app's own forms.</summary>
public sealed class LocalAuthorizationMatrixTests(SignInAppHost host) : AuthorizationMatrixTests(host), IClassFixture<SignInAppHost>;
