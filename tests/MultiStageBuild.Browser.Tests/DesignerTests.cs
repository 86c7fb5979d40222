using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MultiStageBuild.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The designer in real Chromium against the real app: no mocks between the keyboard and the renderer.</summary>
public sealed class DesignerTests(DesignerAppFixture app) : BrowserTest(app), IClassFixture<DesignerAppFixture>
{
    [Fact]
    public async Task TypingSourceUpdatesPreviewOnEveryKeystroke()
    {
        var designer = await OpenAsync();
        await designer.GotoAsync();
        const string Typed = "/srv/app-1";
        await designer.Source.ClearAsync();

        for (var length = 1; length <= Typed.Length; length++)
        {
            await designer.Source.PressSequentiallyAsync(Typed[length - 1].ToString());
            await Expect(designer.PreviewSource).ToHaveTextAsync(Typed[..length]);
        }

        await Expect(designer.Preview).ToContainTextAsync($"Source: {Typed}");
        await designer.ExpectQueryAsync("source", Typed);
    }

    [Fact]
    public async Task PickingPoetryFillsCommandsAndKeepsTypedSource()
    {
        var designer = await OpenAsync();
        await designer.GotoAsync();
        await designer.TypeSourceAsync("/srv/shop");

        await designer.PickPresetAsync("Poetry");

        await Expect(designer.Source).ToHaveValueAsync("/srv/shop");
        await Expect(designer.Field("install_cmd")).ToHaveValueAsync("pip install poetry && poetry install");
        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("poetry build");
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("poetry run pytest --cov");
        await Expect(designer.Preview).ToContainTextAsync("poetry build");
        await Expect(designer.PreviewSource).ToHaveTextAsync("/srv/shop");
        await designer.ExpectQueryAsync("preset", "poetry");
    }

    [Fact]
    public async Task LeavingRightAfterTypingKeepsTheLastValueForBack()
    {
        var designer = await OpenAsync();
        await designer.GotoAsync();
        const string Typed = "/srv/leave-at-once";
        await designer.TypeSourceAsync(Typed);
        await Expect(designer.PreviewSource).ToHaveTextAsync(Typed);

        await designer.Page.GetByRole(AriaRole.Link, new() { Name = "Presets" }).ClickAsync();
        await Expect(designer.Page).ToHaveURLAsync(new Regex("/presets$"));
        await designer.Page.GoBackAsync();

        // The entry Back returned to, as it was left: the designer corrects the address bar itself a moment later.
        Assert.Contains($"source={Uri.EscapeDataString(Typed)}", designer.Page.Url, StringComparison.Ordinal);
        await designer.WaitInteractiveAsync();
        await Expect(designer.Source).ToHaveValueAsync(Typed);
    }

    [Fact]
    public async Task ReloadedDeepLinkRestoresFormAndRendersSeedRustExample()
    {
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", "example-rust-project.json"),
            TestContext.Current.CancellationToken);
        var designer = await OpenAsync();
        await designer.GotoAsync("preset=rust&source=/path/to/rust-project");

        await designer.ReloadAsync();

        await Expect(designer.PresetPicker).ToHaveValueAsync("Rust");
        await Expect(designer.Source).ToHaveValueAsync("/path/to/rust-project");
        await Expect(designer.Field("install_cmd")).ToHaveValueAsync("cargo fetch");
        await Expect(designer.Field("build_cmd")).ToHaveValueAsync("cargo build --release");
        await Expect(designer.Field("test_cmd")).ToHaveValueAsync("cargo test");
        await Expect(designer.Invocation).ToHaveAttributeAsync("data-format", "Invocation");
        Assert.Equal(expected, await designer.InvocationTextAsync());
    }

    [Theory]
    [InlineData("Invocation", "the invocation")]
    [InlineData("MCP request", "the MCP request")]
    [InlineData("Markdown", "the Markdown")]
    public async Task CopyPutsShownFormatOnClipboard(string format, string noun)
    {
        var designer = await OpenAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await designer.GotoAsync("preset=poetry&source=/srv/shop");
        await designer.SelectFormatAsync(format);
        var shown = await designer.InvocationTextAsync();

        await designer.CopyAsync();

        await Expect(designer.Snackbar($"Copied {noun}")).ToBeVisibleAsync();
        await Expect(designer.CopiedButton).ToBeVisibleAsync();
        Assert.Equal(shown, await designer.ReadClipboardAsync());
        await Expect(designer.CopyFallback).ToHaveCountAsync(0);
    }

    /// <summary>Headless Chromium lets a focused page write without asking, so the refusal is made explicit: by the permission or by the API.</summary>
    [Theory]
    [InlineData(ClipboardRefusal.PermissionDenied)]
    [InlineData(ClipboardRefusal.WriteTextRejects)]
    public async Task RefusedClipboardShowsSelectedFallback(ClipboardRefusal refusal)
    {
        var designer = await OpenAsync(initScript: refusal != ClipboardRefusal.WriteTextRejects ? null : """
            Object.defineProperty(navigator.clipboard, "writeText", {
              value: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")),
            });
            """);
        if (refusal == ClipboardRefusal.PermissionDenied)
        {
            await designer.DenyClipboardWriteAsync();
        }

        await designer.GotoAsync("preset=rust&source=/path/to/rust-project");
        var shown = await designer.InvocationTextAsync();

        await designer.CopyAsync();

        await Expect(designer.CopyFallback).ToBeVisibleAsync();
        await Expect(designer.CopyFallbackText).ToHaveValueAsync(shown);
        await Expect(designer.CopyFallbackText).ToBeFocusedAsync();
        Assert.Equal(shown.Length, await designer.CopyFallbackText.EvaluateAsync<int>("t => t.selectionEnd - t.selectionStart"));
        await Expect(designer.Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PageRequestsNothingFromOtherHosts()
    {
        var designer = await OpenAsync();
        var requested = new ConcurrentQueue<string>();
        designer.Page.Request += (_, request) => requested.Enqueue(request.Url);
        designer.Page.WebSocket += (_, socket) => requested.Enqueue(socket.Url);

        await designer.GotoAsync();
        await designer.TypeSourceAsync("/srv/app");
        await designer.PickPresetAsync("Rust");
        await designer.SelectFormatAsync("Inspector CLI");
        await Expect(designer.Invocation).ToContainTextAsync("npx @modelcontextprotocol/inspector");
        await designer.ExpectQueryAsync("preset", "rust");

        Assert.Contains(requested, url => url.Contains("/_blazor", StringComparison.Ordinal));
        Assert.All(requested, url =>
        {
            var uri = new Uri(url);
            Assert.True(uri.Host == app.BaseAddress.Host && uri.Port == app.BaseAddress.Port, $"{url} is not on {app.BaseAddress}");
        });
    }

    [Fact]
    public async Task RelativeSourceShowsErrorBesideField()
    {
        var designer = await OpenAsync();
        await designer.GotoAsync("preset=python");

        await designer.TypeSourceAsync("src/app");

        await Expect(designer.FieldBlock("source")).ToContainTextAsync("source must be an absolute POSIX path");
        await Expect(designer.FieldBlock("source")).ToContainTextAsync("'src/app' is relative");
        await Expect(designer.Source).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(designer.FieldBlock("install_cmd")).Not.ToContainTextAsync("absolute POSIX path");
        await Expect(designer.CopyButton).ToBeDisabledAsync();
    }

    [Fact]
    public async Task RelativeSourceFromDeepLinkShowsErrorBesideField()
    {
        var designer = await OpenAsync();

        await designer.GotoAsync("preset=python&source=src/app");

        await Expect(designer.FieldBlock("source")).ToContainTextAsync("'src/app' is relative");
        await Expect(designer.Source).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(designer.CopyButton).ToBeDisabledAsync();
    }

    [Fact]
    public async Task SourceIsMarkedWrongOnlyAfterItWasTouched()
    {
        var designer = await OpenAsync();
        await designer.GotoAsync();
        await Expect(designer.Source).ToHaveAttributeAsync("aria-invalid", "false");

        await designer.GotoAsync("preset=rust");

        await Expect(designer.Source).ToHaveValueAsync("");
        await Expect(designer.Preview).ToContainTextAsync("source is required");
        await Expect(designer.Source).ToHaveAttributeAsync("aria-invalid", "false");
        await Expect(designer.FieldBlock("source").Locator(".mud-input-error")).ToHaveCountAsync(0);

        await designer.TypeSourceAsync("/");
        await designer.Source.PressAsync("Backspace");

        await Expect(designer.Source).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(designer.FieldBlock("source")).ToContainTextAsync("source is required");
        await Expect(designer.FieldBlock("source").Locator(".mud-input-control.mud-input-error")).ToHaveCountAsync(1);
    }

    private async Task<DesignerPage> OpenAsync(BrowserNewContextOptions? options = null, string? initScript = null) =>
        new(await NewPageAsync(options, initScript), app.BaseAddress);
}

public enum ClipboardRefusal
{
    PermissionDenied,
    WriteTextRejects,
}
