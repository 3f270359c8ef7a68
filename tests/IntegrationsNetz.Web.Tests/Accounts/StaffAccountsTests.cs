using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Accounts;

public sealed class StaffAccountsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_creates_a_staff_account_that_sets_its_own_password_from_the_mail()
    {
        var session = new BrowserlessSession(factory);
        await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var form = await session.GetAsync("/backoffice/users/edit");
        var weinheim = form.Document.QuerySelectorAll("input[name='Input.Targets']").First(i => i.ParentElement!.TextContent.Trim() == "Weinheim").GetAttribute("value")!;

        var saved = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "integration@weinheim.example",
            ["Input.Roles"] = "Manager",
            ["Input.Targets"] = weinheim,
        });
        Assert.Equal("/backoffice/users", saved.Path);
        var row = saved.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("integration@weinheim.example", StringComparison.Ordinal));
        Assert.Contains("Weinheim", row.TextContent);
        Assert.Contains("Integrationsmanagement", row.TextContent);

        var link = TestAccounts.LinkIn(await TestAccounts.LatestMailToAsync(factory, "integration@weinheim.example"));
        var staff = new BrowserlessSession(factory);
        var reset = await staff.GetAsync(link.PathAndQuery);
        var login = await staff.SubmitAsync(reset, "main form", new Dictionary<string, string> { ["Password"] = "mein eigenes langes Passwort" });
        Assert.Equal("/backoffice/login", login.Path);
        var dashboard = await staff.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "integration@weinheim.example",
            ["Input.Password"] = "mein eigenes langes Passwort",
        });
        Assert.Equal("/backoffice", dashboard.Path);
        Assert.Null(dashboard.Document.QuerySelector("nav a[href='/backoffice/users']"));
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var session = new BrowserlessSession(factory);
        var dashboard = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var loggedOut = await session.SubmitAsync(dashboard, "form[action='/backoffice/account/logout']");

        Assert.Equal("/backoffice/login", loggedOut.Path);
        Assert.Equal("/backoffice/login", (await session.GetAsync("/backoffice")).Path);
    }
}
