using System.Net;
using System.Net.Sockets;

namespace IntegrationsNetz.Testing;

public static class LoopbackPort
{
    /// <summary>A loopback port nobody listens on at this moment, for a server the test starts.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
