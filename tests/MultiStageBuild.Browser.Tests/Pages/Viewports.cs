using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The screens the app is laid out for, by the name a test's data uses.</summary>
public static class Viewports
{
    public static ViewportSize Laptop { get; } = new() { Width = 1366, Height = 768 };

    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    public static ViewportSize Named(string name) => name switch
    {
        "laptop" => Laptop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "A viewport is laptop or phone."),
    };
}
