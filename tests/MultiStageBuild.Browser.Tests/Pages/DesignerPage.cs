using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MultiStageBuild.Browser.Tests.Pages;

/// <summary>The designer at <c>/</c>, as a user sees it: the preset picker, the four argument fields, the preview and the invocation panel.</summary>
public sealed class DesignerPage(IPage page, Uri baseAddress)
{
    public IPage Page { get; } = page;

    /// <summary>The wrapper, whose <c>data-interactive</c> turns <c>true</c> once the circuit is live.</summary>
    public ILocator Designer => Page.Locator("div.designer");

    public ILocator PresetPicker => Page.GetByRole(AriaRole.Combobox, new() { Name = "Preset" });

    public ILocator Preview => Page.GetByRole(AriaRole.Region, new() { Name = "Rendered prompt" });

    /// <summary>The path on the preview's <c>Source:</c> line.</summary>
    public ILocator PreviewSource => Preview.Locator("p", new() { HasTextString = "Source:" }).Locator("code");

    public ILocator InvocationPanel => Page.GetByRole(AriaRole.Region, new() { Name = "Invocation" });

    public ILocator Invocation => InvocationPanel.Locator("pre.invocation-text");

    public ILocator CopyButton => InvocationPanel.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true });

    /// <summary>The copy button once it confirms that the text shown is on the clipboard.</summary>
    public ILocator CopiedButton => InvocationPanel.GetByRole(AriaRole.Button, new() { Name = "Copied", Exact = true });

    public ILocator CopyFallback => Page.GetByTestId("copy-fallback");

    public ILocator CopyFallbackText => Page.Locator("#copy-fallback-text");

    /// <summary>The input of argument <paramref name="name"/> (<c>source</c>, <c>install_cmd</c>, ...).</summary>
    public ILocator Field(string name) => Page.Locator($"#arg-{name}");

    /// <summary>The argument's whole block: input, helper or error text, default marker and warnings.</summary>
    public ILocator FieldBlock(string name) => Page.Locator($".argument-field[data-argument='{name}']");

    public ILocator Source => Field("source");

    /// <summary>The button that puts argument <paramref name="name"/> back to its default (shown while the value overrides it).</summary>
    public ILocator ResetButton(string name) => Page.GetByRole(AriaRole.Button, new() { Name = $"Reset {name} to its default" });

    public ILocator FormatChip(string title) => InvocationPanel.GetByRole(AriaRole.Group, new() { Name = "Format" })
        .GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    /// <summary>The invocation's target server chip: <c>Contree's server</c> or <c>This app (...)</c>.</summary>
    public ILocator ServerChip(string label) => InvocationPanel.GetByRole(AriaRole.Group, new() { Name = "Server" })
        .GetByRole(AriaRole.Button, new() { Name = label });

    /// <summary>The edition switch's chip for the edition labelled <paramref name="label"/>.</summary>
    public ILocator EditionChip(string label) => Page.GetByRole(AriaRole.Group, new() { Name = "Edition" })
        .GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>The notice that the addressed server returns another edition than the preview shows.</summary>
    public ILocator EditionNotice => Page.GetByTestId("edition-notice");

    public ILocator PreviewTab(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name });

    public ILocator EditionDifferences => Page.GetByRole(AriaRole.Region, new() { Name = "Differences between editions" });

    public ILocator CheckAgainstServerButton => InvocationPanel.GetByRole(AriaRole.Button, new() { Name = "Check against server" });

    public ILocator Snackbar(string message) => Page.Locator(".mud-snackbar").GetByText(message);

    /// <summary>Opens <c>/</c> with an optional query (without the <c>?</c>) and waits for the circuit.</summary>
    public async Task GotoAsync(string? query = null)
    {
        await Page.GotoAsync(new Uri(baseAddress, string.IsNullOrEmpty(query) ? "/" : "/?" + query).ToString());
        await WaitInteractiveAsync();
    }

    /// <summary>Waits until the address bar's query holds <paramref name="key"/>=<paramref name="value"/> (kept current with replaceState).</summary>
    public Task ExpectQueryAsync(string key, string value) =>
        Expect(Page).ToHaveURLAsync(new Regex($"[?&]{Regex.Escape(key)}={Regex.Escape(Uri.EscapeDataString(value))}(&|$)"));

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitInteractiveAsync();
    }

    /// <summary>Waits until typing reaches the server: text typed into the prerendered page would be lost.</summary>
    public async Task WaitInteractiveAsync()
    {
        await Expect(Designer).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(Source).ToBeEnabledAsync();
    }

    /// <summary>Replaces the source by typing <paramref name="text"/> key by key, as a user would.</summary>
    public async Task TypeSourceAsync(string text)
    {
        await Source.ClearAsync();
        await Source.PressSequentiallyAsync(text);
    }

    /// <summary>Opens the preset picker and chooses the preset called <paramref name="name"/>.</summary>
    public async Task PickPresetAsync(string name)
    {
        await PresetPicker.ClickAsync();
        var item = Page.GetByRole(AriaRole.Option).Filter(new()
        {
            Has = Page.GetByText(name, new() { Exact = true }),
        });
        await item.ClickAsync();
        await Expect(PresetPicker).ToHaveValueAsync(name);
    }

    public async Task SelectFormatAsync(string title)
    {
        await FormatChip(title).ClickAsync();
        await Expect(FormatChip(title)).ToHaveAttributeAsync("aria-pressed", "true");
    }

    public Task CopyAsync() => CopyButton.ClickAsync();

    public async Task<string> PreviewTextAsync() => await Preview.InnerTextAsync();

    /// <summary>The invocation exactly as shown, line breaks included.</summary>
    public async Task<string> InvocationTextAsync() => await Invocation.TextContentAsync() ?? "";

    /// <summary>Denies this page's browser context the clipboard-write permission, as a user or a policy would.</summary>
    public async Task DenyClipboardWriteAsync()
    {
        var cdp = await Page.Context.NewCDPSessionAsync(Page);
        var target = await cdp.SendAsync("Target.getTargetInfo");
        await cdp.SendAsync("Browser.setPermission", new Dictionary<string, object>
        {
            ["permission"] = new Dictionary<string, object> { ["name"] = "clipboard-write" },
            ["setting"] = "denied",
            ["origin"] = baseAddress.GetLeftPart(UriPartial.Authority),
            // Without it the setting lands in the default context, not this test's.
            ["browserContextId"] = target!.Value.GetProperty("targetInfo").GetProperty("browserContextId").GetString()!,
        });
    }

    /// <summary>What the page reads back from the system clipboard (needs the clipboard-read permission).</summary>
    public Task<string> ReadClipboardAsync() => Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
}
