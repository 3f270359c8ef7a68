using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Accounts;

/// <summary>Staff accounts through the API: invited by mail, working for what they are assigned to, disabled for good.</summary>
public sealed class StaffApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "ein eigenes langes Passwort";

    [Fact]
    public async Task A_new_account_sets_its_password_from_the_invitation_and_edits_only_its_municipality()
    {
        var admin = await AdminAsync();
        var weinheim = await MunicipalityIdAsync("weinheim");
        var created = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "neu@weinheim.example", displayName = "Redaktion Weinheim", roles = new[] { "Editor" }, municipalityIds = new[] { weinheim } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var account = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Editor"], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // A welcome, not a reset: who invited, the role, the municipality, the address to sign in with.
        var welcome = await TestAccounts.LatestMailToAsync(factory, "neu@weinheim.example");
        Assert.Equal("Willkommen im IntegrationsNetz", welcome.Subject);
        Assert.StartsWith("Guten Tag Redaktion Weinheim,", welcome.TextBody);
        Assert.Contains($"Administration ({PortalFactory.AdminEmail}) hat für Sie ein Konto im IntegrationsNetz angelegt", welcome.TextBody);
        Assert.Contains("Ihre Rolle: Redaktion", welcome.TextBody);
        Assert.Contains("Zuständig für: Weinheim", welcome.TextBody);
        Assert.Contains("Anmeldung mit: neu@weinheim.example", welcome.TextBody);
        Assert.DoesNotContain("nicht angefordert", welcome.TextBody);

        var editor = await SetPasswordFromLatestMailAsync("neu@weinheim.example");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/pages?owner=weinheim")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/api/v1/pages?owner=goeppingen")).StatusCode);
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray(), u => u.GetProperty("email").GetString() == "neu@weinheim.example");
    }

    [Fact]
    public async Task Changed_roles_and_assignments_apply_to_the_next_token_and_a_new_invitation_can_be_sent()
    {
        var admin = await AdminAsync();
        var id = await CreateAsync(admin, "wechsel@weinheim.example", "Editor", "weinheim");
        await SetPasswordFromLatestMailAsync("wechsel@weinheim.example");

        var goeppingen = await MunicipalityIdAsync("goeppingen");
        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { roles = new[] { "Coordinator" }, municipalityIds = new[] { goeppingen } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var coordinator = await ApiClient.SignedInAsync(factory, "wechsel@weinheim.example", NewPassword);
        var me = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(["Coordinator"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/pages?owner=goeppingen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/v1/pages?owner=weinheim")).StatusCode);

        var before = MailsTo("wechsel@weinheim.example");
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/users/{id}/invite", null)).StatusCode);
        Assert.Equal("IntegrationsNetz: Passwort setzen", (await TestAccounts.LatestMailToAsync(factory, "wechsel@weinheim.example")).Subject);
        Assert.Equal(before + 1, MailsTo("wechsel@weinheim.example"));
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_get_or_refresh_a_token_until_it_is_enabled()
    {
        var admin = await AdminAsync();
        var id = await CreateAsync(admin, "gesperrt@weinheim.example", "Editor", "weinheim");
        await SetPasswordFromLatestMailAsync("gesperrt@weinheim.example");
        var client = factory.CreateClient();
        var tokens = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "gesperrt@weinheim.example", password = NewPassword })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode);

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "gesperrt@weinheim.example", password = NewPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}")).GetProperty("disabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "gesperrt@weinheim.example", password = NewPassword })).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_German_problem_naming_the_field_and_creates_nothing()
    {
        var admin = await AdminAsync();
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/users", new { email = "keine-adresse", roles = new[] { "Editor" } }), "email", "E-Mail-Adresse");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/users", new { email = "chef@weinheim.example", roles = new[] { "Chef" } }), "roles", "Chef");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "team@weinheim.example", roles = new[] { "Manager" }, teamIds = new[] { Guid.NewGuid() } }), "teamIds", "Team");
        await ProblemAssert.FieldAsync(await admin.PostAsJsonAsync("/api/v1/users", new { email = PortalFactory.AdminEmail, roles = new[] { "Editor" } }), "email", "");

        var emails = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.DoesNotContain("chef@weinheim.example", emails);
        Assert.DoesNotContain("team@weinheim.example", emails);
        Assert.Equal(0, MailsTo("chef@weinheim.example") + MailsTo("team@weinheim.example"));

        var self = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("email").GetString();
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("email").GetString() == self).GetProperty("id").GetGuid();
        var own = await admin.PostAsync($"/api/v1/users/{adminId}/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("eigene Konto", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = PortalFactory.AdminEmail, password = PortalFactory.AdminPassword })).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_accounts_and_unknown_ids_are_404()
    {
        var admin = await AdminAsync();
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/users/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{unknown}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/users/{unknown}", new { roles = new[] { "Editor" } })).StatusCode);

        await TestAccounts.EnsureAsync(factory, "koordination@weinheim.example", "Coordinator", "weinheim");
        var coordinator = await ApiClient.SignedInAsync(factory, "koordination@weinheim.example", TestAccounts.DefaultPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/users", new { email = "selbst@weinheim.example", roles = new[] { "Administrator" } })).StatusCode);
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/v1/users/{adminId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/v1/users/{adminId}/invite", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/users")).StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray(), u => u.GetProperty("email").GetString() == "selbst@weinheim.example");
    }

    private Task<HttpClient> AdminAsync() => ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);

    private async Task<Guid> MunicipalityIdAsync(string slug) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray()
            .Single(m => m.GetProperty("slug").GetString() == slug).GetProperty("id").GetGuid();

    private async Task<Guid> CreateAsync(HttpClient admin, string email, string role, string municipality)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, roles = new[] { role }, municipalityIds = new[] { await MunicipalityIdAsync(municipality) } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>What the invited colleague does: opens the link from the mail, sets a password, signs in.</summary>
    private async Task<HttpClient> SetPasswordFromLatestMailAsync(string email)
    {
        var query = System.Web.HttpUtility.ParseQueryString(TestAccounts.LinkIn(await TestAccounts.LatestMailToAsync(factory, email)).Query);
        var reset = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { email, token = query["token"], newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        return await ApiClient.SignedInAsync(factory, email, NewPassword);
    }

    private int MailsTo(string email) =>
        Directory.Exists(factory.MailPickup)
            ? Directory.GetFiles(factory.MailPickup, "*.eml").Count(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Any(b => b.Address == email))
            : 0;
}
