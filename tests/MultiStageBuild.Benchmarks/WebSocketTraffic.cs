using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// The circuit's WebSocket frames of one page, through a CDP session: payload bytes both ways while recording is on.
/// Sizes are of the payload as the page sees it (after any permessage-deflate is undone).
/// </summary>
public sealed class WebSocketTraffic
{
    private readonly Lock _gate = new();
    private readonly List<Frame> _frames = [];

    private WebSocketTraffic()
    {
    }

    public bool Recording { get; set; }

    /// <summary>Keeps each recorded frame's payload too (for --dump).</summary>
    public bool KeepPayloads { get; set; }

    public IReadOnlyList<Frame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    public static async Task<WebSocketTraffic> AttachAsync(IPage page)
    {
        var traffic = new WebSocketTraffic();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => traffic.Add(sent: true, e);
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => traffic.Add(sent: false, e);
        await cdp.SendAsync("Network.enable");
        return traffic;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _frames.Clear();
        }
    }

    /// <summary>Payload bytes of a CDP frame: text frames as UTF-8, binary frames (Blazor's MessagePack) base64-decoded.</summary>
    public static int PayloadBytes(JsonElement response, out string payload, out bool binary)
    {
        payload = response.GetProperty("payloadData").GetString() ?? "";
        binary = response.GetProperty("opcode").GetDouble() == 2;
        if (!binary)
        {
            return Encoding.UTF8.GetByteCount(payload);
        }

        var padding = payload.EndsWith("==", StringComparison.Ordinal) ? 2 : payload.EndsWith('=') ? 1 : 0;
        return (payload.Length / 4 * 3) - padding;
    }

    private void Add(bool sent, JsonElement? e)
    {
        if (!Recording || e is not { } data || !data.TryGetProperty("response", out var response))
        {
            return;
        }

        var bytes = PayloadBytes(response, out var payload, out var binary);
        lock (_gate)
        {
            _frames.Add(new Frame(sent, bytes, KeepPayloads ? (binary ? Convert.FromBase64String(payload) : Encoding.UTF8.GetBytes(payload)) : null));
        }
    }

    /// <summary>One frame: its direction (sent by the page or received), payload size and, when kept, the payload.</summary>
    public sealed record Frame(bool Sent, int Bytes, byte[]? Payload);
}
