using System.Net;
using System.Net.Sockets;

namespace MultiStageBuild.Testing;

/// <summary>Ports on 127.0.0.1.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on at the moment of the call (the system's pick, released at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
