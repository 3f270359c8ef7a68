namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// "IntegrationsNetz:Smtp". Without a host, mails go to the pickup folder of the data directory. A wrong setting does
/// not stop the portal: the Postausgang names it and the mails wait until it is fixed.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "IntegrationsNetz:Smtp";

    public string? Host { get; set; }

    public string? Port { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string? Security { get; set; }

    public string From { get; set; } = "IntegrationsNetz <no-reply@integrationsnetz.example>";

    /// <summary>Seconds to wait for each answer of the server; a slower server counts as a temporary failure.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(Host);

    /// <summary>What is wrong with the settings, in German for the Postausgang; null when they are usable.</summary>
    public string? Problem()
    {
        if (UsesPickupFolder)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(Port) && (!int.TryParse(Port, out var port) || port is < 1 or > 65535))
        {
            return $"IntegrationsNetz:Smtp:Port „{Port}“ ist keine Portnummer (1–65535).";
        }

        if (!string.IsNullOrEmpty(Security) && Security is not ("None" or "StartTls" or "SslOnConnect" or "Auto"))
        {
            return $"IntegrationsNetz:Smtp:Security „{Security}“ ist unbekannt (None, StartTls, SslOnConnect oder Auto).";
        }

        if (TimeoutSeconds is < 1 or > 600)
        {
            return $"IntegrationsNetz:Smtp:TimeoutSeconds „{TimeoutSeconds}“ liegt nicht zwischen 1 und 600 Sekunden.";
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            return $"IntegrationsNetz:Smtp:From „{From}“ ist keine E-Mail-Adresse.";
        }

        return string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password)
            ? "IntegrationsNetz:Smtp:UserName und Password gehören zusammen."
            : null;
    }

    public int PortNumber => int.TryParse(Port, out var port) ? port : 25;
}
