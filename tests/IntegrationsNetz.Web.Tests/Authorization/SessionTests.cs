using System.Net;
using System.Net.Http.Json;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Testing;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>What an administrator takes away is gone on the next request, for bearer tokens and cookies alike.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_removed_role_or_a_disabled_account_stops_working_on_the_next_request()
    {
        await TestAccounts.EnsureAsync(factory, "redaktion-entzug@eppelheim.example", Roles.Editor, "eppelheim");
        await TestAccounts.EnsureAsync(factory, "im-gesperrt@eppelheim.example", Roles.Manager, "eppelheim");
        var editor = await Caller.SignInAsync(factory, "editor", "redaktion-entzug@eppelheim.example");
        var manager = await Caller.SignInAsync(factory, "manager", "im-gesperrt@eppelheim.example");
        var admin = await Caller.SignInAsync(factory, "administrator", PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await editor.Api.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Browser.GetAsync("/backoffice/offers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Api.GetAsync("/api/v1/cases")).StatusCode);

        var demoted = await admin.PostFormAsync($"/backoffice/users/edit/{await UserIdAsync(factory, "redaktion-entzug@eppelheim.example")}",
            [new("Input.Email", "redaktion-entzug@eppelheim.example"), new("Input.Roles", Roles.Manager)]);
        var disabled = await admin.PostFormAsync($"/backoffice/users/edit/{await UserIdAsync(factory, "im-gesperrt@eppelheim.example")}?handler=Disable");

        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.Api.PostAsJsonAsync("/api/v1/offers", new { kind = "Authority" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await editor.Api.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Contains("/backoffice/login", (await editor.Browser.GetAsync("/backoffice/offers")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await manager.Api.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Contains("/backoffice/login", (await manager.Browser.GetAsync("/backoffice/cases")).Headers.Location?.OriginalString);
        var again = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "im-gesperrt@eppelheim.example", password = TestAccounts.DefaultPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        // With a new sign-in the remaining role works again: the token was refused, not the person.
        var signedInAgain = await ApiClient.SignedInAsync(factory, "redaktion-entzug@eppelheim.example", TestAccounts.DefaultPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedInAgain.GetAsync("/api/v1/cases")).StatusCode);
    }
}
