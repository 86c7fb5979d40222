namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>Every page of the app, by the address a test opens; <c>{preset}</c> stands for a saved preset's id.</summary>
public static class AppPages
{
    public const string PresetPlaceholder = "{preset}";

    public static TheoryData<string> All { get; } =
    [
        "/", "/presets", $"/presets/{PresetPlaceholder}/history", "/presets/compare", "/connect", "/api", "/about", "/no-such-page",
    ];
}
