namespace MultiStageBuild.Browser.Tests;

/// <summary>The app in <c>Auth:Mode</c> <c>Local</c> on a fresh database (no accounts yet) and one Chromium.</summary>
public sealed class SignInAppFixture() : BrowserAppHost(LocalSignIn.LocalMode());
