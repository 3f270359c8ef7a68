using System.Net;
using System.Net.Sockets;

namespace IntegrationsNetz.Testing;

/// <summary>
/// A TCP relay on a free loopback port in front of a server (PostgreSQL). <see cref="Cut"/> resets every connection
/// and refuses new ones, which is an outage as the portal sees it, without stopping the server other tests use;
/// <see cref="Restore"/> listens on the same port again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _host;
    private readonly int _targetPort;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _accepting;

    private TcpProxy(string host, int targetPort, int port)
    {
        (_host, _targetPort, Port) = (host, targetPort, port);
    }

    public int Port { get; }

    public static TcpProxy Start(string host, int port)
    {
        var proxy = new TcpProxy(host, port, LoopbackPort.Free());
        proxy.Restore();
        return proxy;
    }

    public void Restore()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _stop = new CancellationTokenSource();
        _accepting = AcceptAsync(_listener, _stop.Token);
    }

    public void Cut()
    {
        _stop?.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                // Linger 0: the peer gets a reset at once, as when a server or the network goes away. A relay may
                // have closed the connection already (then its socket is gone).
                if (connection.Client is { } socket)
                {
                    try
                    {
                        socket.LingerState = new LingerOption(true, 0);
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException)
                    {
                    }
                }

                connection.Dispose();
            }

            _connections.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cut();
        if (_accepting is not null)
        {
            await _accepting;
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(_host, _targetPort, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(upstream);
            }

            _ = RelayAsync(client, upstream);
            _ = RelayAsync(upstream, client);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // One side went away; the other is closed below.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
