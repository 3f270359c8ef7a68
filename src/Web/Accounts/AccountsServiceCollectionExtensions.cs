using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace IntegrationsNetz.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const string PortalScheme = "Portal";

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, PortalOptions options, DataDirectory dataDirectory)
    {
        services.AddAccounts();
        var protection = services.AddDataProtection().SetApplicationName("IntegrationsNetz");
        if (options.Database.Provider == DatabaseProviders.Postgres)
        {
            // Several nodes must share keys, or a cookie issued by one node is rejected by the next.
            protection.PersistKeysToDbContext<PortalDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(dataDirectory.Keys));
        }

        services.AddIdentity<PortalUser, PortalRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = options.Security.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.Security.LockoutMinutes);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/backoffice/login";
            o.LogoutPath = "/backoffice/logout";
            o.AccessDeniedPath = "/backoffice/access-denied";
            o.Cookie.Name = "inetz.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        // Cookies check the security stamp on every request too (not every 30 minutes): a removed role or a disabled
        // account must not keep working in an open back-office tab.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.Events.OnMessageReceived = BearerSecurityStamp.ValidateAsync;
            })
            .AddPolicyScheme(PortalScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = SelectScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = PortalScheme;
            o.DefaultAuthenticateScheme = PortalScheme;
            o.DefaultChallengeScheme = PortalScheme;
            o.DefaultForbidScheme = PortalScheme;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.Content, p => p.RequireRole(Roles.Administrator, Roles.Coordinator, Roles.Editor))
            .AddPolicy(Policies.Organisation, p => p.RequireRole(Roles.Administrator, Roles.Coordinator))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Volunteer, p => p.RequireRole(Roles.Volunteer));

        services.AddScoped<TwoFactorPolicy>();
        services.AddHostedService<TwoFactorPolicyWarning>();
        services.AddScoped<PasswordResetMail>();
        return services;
    }

    /// <summary>API calls use bearer tokens (and get 401, never a login redirect); pages use the cookie.</summary>
    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/api"))
        {
            return IdentityConstants.BearerScheme;
        }

        return IdentityConstants.ApplicationScheme;
    }
}

public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Content = nameof(Content);
    public const string Organisation = nameof(Organisation);
    public const string Administration = nameof(Administration);
    public const string Volunteer = nameof(Volunteer);
}
