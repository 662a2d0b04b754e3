using System.Net;
using System.Net.Sockets;

namespace Chatbot.Testing;

/// <summary>A loopback TCP port that is free right now (the OS picks it), for servers the tests start.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
