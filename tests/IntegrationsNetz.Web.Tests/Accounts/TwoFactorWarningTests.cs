using IntegrationsNetz.Testing;
using Microsoft.AspNetCore.Hosting;

namespace IntegrationsNetz.Web.Tests.Accounts;

/// <summary>A production start that does not require two-factor sign-in for administrators and managers says so.</summary>
public sealed class TwoFactorWarningTests
{
    private const string Setting = "IntegrationsNetz:Security:RequireTwoFactorForRoles";

    [Fact]
    public async Task A_production_start_requiring_it_only_for_administrators_logs_one_warning_naming_the_setting()
    {
        await using var portal = new InProduction("Administrator");
        _ = portal.Services;

        var warning = Assert.Single(portal.Logs, l => l.Contains(Setting, StringComparison.Ordinal));
        Assert.Contains("Manager", warning);
    }

    [Fact]
    public async Task A_production_start_requiring_it_for_administrators_and_managers_logs_none()
    {
        await using var portal = new InProduction("Administrator", "Manager");
        _ = portal.Services;

        Assert.Contains(portal.Logs, l => l.Contains("Application started", StringComparison.Ordinal));
        Assert.DoesNotContain(portal.Logs, l => l.Contains(Setting, StringComparison.Ordinal));
    }

    private sealed class InProduction(params string[] roles) : PortalFactory(Settings(roles))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }

        private static Dictionary<string, string?> Settings(string[] roles)
        {
            var settings = new Dictionary<string, string?> { ["IntegrationsNetz:ImportContentOnFirstBoot"] = "false" };
            for (var i = 0; i < roles.Length; i++)
            {
                settings[$"{Setting}:{i}"] = roles[i];
            }

            return settings;
        }
    }
}
