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
        var content = binary ? Convert.FromBase64String(payload) : Encoding.UTF8.GetBytes(payload);
        var kind = content.AsSpan().IndexOf(DispatchEvent) >= 0 ? FrameKind.Event
            : content.AsSpan().IndexOf(RenderBatch) >= 0 ? FrameKind.RenderBatch
            : FrameKind.Other;
        var timestamp = data.GetProperty("timestamp").GetDouble() * 1000;
        lock (_gate)
        {
            _frames.Add(new Frame(sent, bytes, KeepPayloads ? content : null, kind, timestamp));
        }
    }

    /// <summary>
    /// Round trips as the browser's network stack saw them, in ms: from each frame that dispatches a browser event to
    /// the first render batch received after it (the server's handling plus loopback, without the page's main thread).
    /// </summary>
    public List<double> EventRoundTrips()
    {
        var trips = new List<double>();
        double? pending = null;
        foreach (var frame in Frames)
        {
            if (frame.Sent && frame.Kind == FrameKind.Event)
            {
                pending ??= frame.TimestampMs;
            }
            else if (!frame.Sent && frame.Kind == FrameKind.RenderBatch && pending is { } sentAt)
            {
                trips.Add(frame.TimestampMs - sentAt);
                pending = null;
            }
        }

        return trips;
    }

    private static ReadOnlySpan<byte> DispatchEvent => "DispatchEventAsync"u8;

    private static ReadOnlySpan<byte> RenderBatch => "JS.RenderBatch"u8;

    public enum FrameKind
    {
        Other,
        Event,
        RenderBatch,
    }

    /// <summary>
    /// One frame: its direction (sent by the page or received), payload size, when kept the payload, what it carries,
    /// and when the network stack sent or received it (CDP's monotonic clock, ms).
    /// </summary>
    public sealed record Frame(bool Sent, int Bytes, byte[]? Payload, FrameKind Kind, double TimestampMs);
}
