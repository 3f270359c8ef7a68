using System.Data.Common;
using System.Net.Sockets;

namespace IntegrationsNetz.Core.Common;

/// <summary>
/// Tells a failure of the database connection (server down, restarting, unreachable) from a bug: the first is a
/// moment to wait out (503 for a request, a pause for background work), the second is an error.
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Npgsql marks connection failures, a server shutting down and timeouts as transient.
                case DbException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                case EndOfStreamException:
                    return true;
            }
        }

        return false;
    }
}
