namespace MultiStageBuild.Browser.Tests;

/// <summary>The real app on a real Kestrel port on 127.0.0.1 and one Chromium, for all tests of a class.</summary>
public sealed class DesignerAppFixture : BrowserAppHost;
