using System.Net.Sockets;
using Npgsql;

namespace IntegrationsNetz.Testing;

/// <summary>
/// Real components the tests need. On a developer machine without one, the test is skipped with what to install;
/// with CI=true it fails, so CI can never pass by skipping.
/// </summary>
public static class Requirements
{
    public const string PostgresVariable = "INTEGRATIONSNETZ_TEST_POSTGRES";
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The admin connection string of a PostgreSQL server whose role may create databases.</summary>
    public static string Postgres()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Missing("PostgreSQL", $"install it (apt-get install postgresql), create a role with CREATEDB and set {PostgresVariable}, e.g. Host=127.0.0.1;Username=inetz;Password=inetz;Database=inetz");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!CanConnect(builder.Host ?? "127.0.0.1", builder.Port))
        {
            Missing("PostgreSQL", $"no server answers at {builder.Host}:{builder.Port} (pg_ctlcluster 15 main start)");
        }

        return connectionString!;
    }

    public static string Chromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing("Chromium", "apt-get install chromium");
        }

        return ChromiumPath;
    }

    /// <summary>Debian's python3 with aiosmtpd, a real SMTP server the tests start themselves.</summary>
    public static string SmtpServerPython()
    {
        const string python = "/usr/bin/python3";
        var ok = File.Exists(python);
        if (ok)
        {
            using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(python, "-c \"import aiosmtpd\"") { RedirectStandardError = true })!;
            probe.WaitForExit(10_000);
            ok = probe.ExitCode == 0;
        }

        if (!ok)
        {
            Missing("An SMTP server (aiosmtpd)", "apt-get install python3-aiosmtpd");
        }

        return python;
    }

    private static bool CanConnect(string host, int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(3)) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }

    private static void Missing(string component, string how)
    {
        var message = $"{component} is needed for this test: {how}.";
        if (IsCI)
        {
            throw new InvalidOperationException("CI=true: " + message);
        }

        Assert.Skip(message);
    }
}
