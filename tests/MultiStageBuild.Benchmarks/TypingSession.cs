using Microsoft.Playwright;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// One page typing into one field and timing, in the page, each key press until the preview shows the new text.
/// Letters a-z in turn extend what is typed, so every key changes the preview.
/// </summary>
public sealed class TypingSession : IAsyncDisposable
{
    private const int TimeoutMs = 15_000;

    private readonly IBrowserContext _context;
    private readonly string _preview;
    private string _typed = "";
    private int _next;

    private TypingSession(IBrowserContext context, IPage page, WebSocketTraffic traffic, string preview, RenderCounter renders) =>
        (_context, Page, Traffic, _preview, Renders) = (context, page, traffic, preview, renders);

    public IPage Page { get; }

    public WebSocketTraffic Traffic { get; }

    public RenderCounter Renders { get; }

    /// <summary>The milestones of each recorded key.</summary>
    public List<KeyPhases> Phases { get; } = [];

    /// <summary>Keydown → preview of each recorded key, in ms.</summary>
    public List<double> Latencies => [.. Phases.Select(p => p.Shown)];

    /// <summary>Opens <paramref name="address"/>, waits for the circuit, focuses <paramref name="input"/> and types <paramref name="prefix"/>.</summary>
    public static async Task<TypingSession> OpenAsync(IBrowser browser, Uri address, string input, string preview, string prefix, RenderCounter renders)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(PageProbes.Keystroke);
        var traffic = await WebSocketTraffic.AttachAsync(page);
        await page.GotoAsync(address.ToString());
        await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 60_000 });
        await page.Locator(input).ClickAsync();
        var session = new TypingSession(context, page, traffic, preview, renders);
        foreach (var key in prefix)
        {
            await session.PressAsync(key);
        }

        return session;
    }

    /// <summary>Presses the next letter <paramref name="count"/> times, recording each latency when <paramref name="record"/>.</summary>
    public async Task TypeAsync(int count, bool record)
    {
        for (var i = 0; i < count; i++)
        {
            var phases = await PressAsync((char)('a' + (_next++ % 26)));
            if (record)
            {
                Phases.Add(phases);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task<KeyPhases> PressAsync(char key)
    {
        var expected = _typed + key;
        await Page.EvaluateAsync("([selector, expected, timeout]) => window.__bench.arm(selector, expected, timeout)", new object[] { _preview, expected, TimeoutMs });
        await Page.Keyboard.PressAsync(key.ToString());
        var phases = await Page.EvaluateAsync<KeyPhases>("() => window.__bench.wait()");
        if (phases.Shown < 0)
        {
            throw new TimeoutException($"{Page.Url}: the preview ({_preview}) did not show '{expected}' within {TimeoutMs} ms of the key press.");
        }

        _typed = expected;
        return phases;
    }
}

/// <summary>
/// One keystroke's milestones in ms from its keydown, taken in the page: the input event, the first WebSocket send,
/// the first WebSocket message after it (when the main thread took it up), and the preview showing the new text.
/// </summary>
public sealed class KeyPhases
{
    public double Input { get; set; }

    public double Sent { get; set; }

    public double Received { get; set; }

    public double Shown { get; set; }
}
