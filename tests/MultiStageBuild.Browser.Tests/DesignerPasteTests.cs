using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The designer fills its form from a pasted invocation in every format it copies, and says what it expected when the text is none.</summary>
[Collection(PresetAppCollection.Name)]
public sealed class DesignerPasteTests(RestartableAppFixture app) : PresetBrowserTest(app)
{
    /// <summary>
    /// Each format's chip, the format the text reads as (the full form is Contree's JSON with every argument) and a build
    /// command: the Claude Code line splits at spaces, so its values hold none (a value with a space is refused, with a reason).
    /// </summary>
    public static TheoryData<string, string, string> Formats { get; } = new()
    {
        { "Invocation", "Invocation", "cargo build --release --locked" },
        { "Full invocation", "Invocation", "cargo build --release --locked" },
        { "MCP request", "McpRequest", "cargo build --release --locked" },
        { "Inspector CLI", "InspectorCli", "cargo build --release --locked" },
        { "Claude Code", "ClaudeCode", "make" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WhatTheDesignerCopiesFillsAnotherDesignersForm(string chip, string format, string build)
    {
        var (original, _) = await OpenDesignerAsync("ada");
        var values = chip == "Claude Code" ? "install_cmd=true&test_cmd=pytest" : "preset=rust";
        await original.GotoAsync($"{values}&source=%2Fsrv%2Fservice&build_cmd={Uri.EscapeDataString(build)}");
        await original.FormatChip(chip).ClickAsync();
        await Expect(original.FormatChip(chip)).ToHaveAttributeAsync("aria-pressed", "true");
        var copied = await original.Invocation.TextContentAsync() ?? "";
        Assert.Contains("/srv/service", copied, StringComparison.Ordinal);

        var (designer, _) = await OpenDesignerAsync("grace");
        var paste = new PasteInvocationDialog(designer.Page);
        await paste.OpenAsync();
        await Expect(paste.Text).ToBeFocusedAsync();
        await paste.Text.FillAsync(copied);
        await Expect(paste.Read).ToHaveAttributeAsync("data-format", format);
        await paste.Fill.ClickAsync();

        await Expect(paste.Dialog).ToHaveCountAsync(0);
        await Expect(designer.Source).ToHaveValueAsync("/srv/service");
        await Expect(designer.Field("build_cmd")).ToHaveValueAsync(build);
        await designer.FormatChip(chip).ClickAsync();
        await Expect(designer.Invocation).ToHaveTextAsync(copied);
    }

    [Fact]
    public async Task TextThatIsNoInvocationSaysWhatWasExpectedAndFillsNothing()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        var source = await designer.Source.InputValueAsync();
        var paste = new PasteInvocationDialog(designer.Page);
        await paste.OpenAsync();

        await paste.Text.FillAsync("make all");

        await Expect(paste.Error).ToContainTextAsync("This is no invocation. Expected an invocation the designer writes: Contree's JSON");
        await Expect(paste.Fill).ToBeDisabledAsync();
        await designer.Page.Keyboard.PressAsync("Escape");
        await Expect(paste.Dialog).ToHaveCountAsync(0);
        await Expect(designer.Source).ToHaveValueAsync(source);
    }

    [Fact]
    public async Task PastingOverEditsCanBeUndone()
    {
        var (designer, _) = await OpenDesignerAsync("ada");
        await designer.Field("test_cmd").FillAsync("pytest -x --typed-by-hand");
        var paste = new PasteInvocationDialog(designer.Page);
        await paste.OpenAsync();
        await paste.Text.FillAsync("""{"prompt": "multi-stage-build", "args": {"source": "/srv/pasted"}}""");
        await paste.Fill.ClickAsync();
        await Expect(designer.Source).ToHaveValueAsync("/srv/pasted");

        await designer.Page.GetByTestId("undo").ClickAsync();

        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("pytest -x --typed-by-hand");
        await Expect(designer.Source).Not.ToHaveValueAsync("/srv/pasted");
    }
}
