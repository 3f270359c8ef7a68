namespace IntegrationsNetz.Core.Configuration;

/// <summary>The "IntegrationsNetz" configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "IntegrationsNetz";

    /// <summary>Where all runtime state lives; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>The uSync folder; when empty, the nearest "uSync" folder above the content root.</summary>
    public string? ContentDirectory { get; set; }

    /// <summary>Absolute base URL used in links that leave the request (mails, console setup link).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Import uSync/ automatically when the database is empty at start.</summary>
    public bool ImportContentOnFirstBoot { get; set; } = true;

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();
}

public sealed class DatabaseOptions
{
    public string Provider { get; set; } = DatabaseProviders.Sqlite;
}

public static class DatabaseProviders
{
    public const string Sqlite = nameof(Sqlite);
    public const string Postgres = nameof(Postgres);
}

public sealed class SetupOptions
{
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}

public sealed class SecurityOptions
{
    /// <summary>Roles whose members must use an authenticator app (TOTP) before they may work.</summary>
    public string[] RequireTwoFactorForRoles { get; set; } = [];

    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>Short, so a stranger's failed attempts lock a colleague out only briefly (the owner gets a mail).</summary>
    public int LockoutMinutes { get; set; } = 5;

    /// <summary>Reverse proxies (addresses or networks like 10.0.0.0/8) whose X-Forwarded-For/-Proto are believed; loopback always is.</summary>
    public string[] KnownProxies { get; set; } = [];
}
