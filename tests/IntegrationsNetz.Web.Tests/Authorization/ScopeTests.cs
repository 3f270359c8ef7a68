using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// Issue 10's scope findings, each as the attacker would try it: every write path of a resource outside the caller's
/// municipalities answers 404 and changes nothing, and what the caller may do still works.
/// </summary>
public sealed class ScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_editor_cannot_change_an_offer_of_another_municipality_through_the_api_the_import_or_the_form()
    {
        var editor = await StaffAsync("redaktion-scope@eppelheim.example", Roles.Editor, "eppelheim");
        var (id, slug) = await OfferOnlyInAsync("goeppingen");
        var offer = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/offers/{id}"))!;
        var kind = offer["kind"]!.GetValue<string>();
        var title = offer["texts"]![0]!["title"]!.GetValue<string>();
        offer["texts"]![0]!["title"] = "Übernommen";
        var copy = offer.DeepClone();
        copy["slug"] = "neu-in-goeppingen";
        copy["municipalities"] = new JsonArray("goeppingen");

        var put = await editor.Api.PutAsJsonAsync($"/api/v1/offers/{id}", offer);
        var delete = await editor.Api.DeleteAsync($"/api/v1/offers/{id}");
        var post = await editor.Api.PostAsJsonAsync("/api/v1/offers", copy);
        var import = await editor.Api.PostAsync("/api/v1/offers/import",
            new StringContent($"Art;Adresse;Titel;Gemeinden;Amtsart\n{kind};{slug};Übernommen;eppelheim;{offer["authorityType"]}\n", Encoding.UTF8, "text/csv"));
        var form = await editor.PostFormAsync($"/backoffice/offers/{id}", [new("Input.Title", "Übernommen"), new("Input.Municipalities", "eppelheim")]);
        var formDelete = await editor.PostFormAsync($"/backoffice/offers/{id}?handler=Delete");

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Gemeinden wählen, für die Sie arbeiten", await post.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var importErrors = await import.Content.ReadAsStringAsync();
        Assert.True(importErrors.Contains($"vergeben. {slug}", StringComparison.Ordinal), importErrors);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, formDelete.StatusCode);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stored = await db.Offers.Include(o => o.Texts).Include(o => o.Municipalities).SingleAsync(o => o.Id == id);
            Assert.Equal(title, stored.Texts.Single(t => t.Culture == "de").Title);
            Assert.Equal(["goeppingen"], stored.Municipalities.Select(m => m.Slug));
            Assert.False(await db.Offers.AnyAsync(o => o.Slug == "neu-in-goeppingen"));
        }

        var own = await StaffAsync("redaktion-scope@goeppingen.example", Roles.Editor, "goeppingen");
        Assert.Equal(HttpStatusCode.OK, (await own.Api.PutAsJsonAsync($"/api/v1/offers/{id}", offer)).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_of_a_team_cannot_add_a_municipality_to_it_nor_stand_in_for_a_manager_there()
    {
        var team = await TeamAsync("team-scope-eppelheim", "eppelheim");
        await TestAccounts.EnsureAsync(factory, "koordination-team@eppelheim.example", Roles.Coordinator);
        await AssignToTeamAsync("koordination-team@eppelheim.example", team);
        var coordinator = await Caller.SignInAsync(factory, "coordinator of a team", "koordination-team@eppelheim.example");
        var goeppingen = await MunicipalityIdAsync("goeppingen");
        var manager = await ManagerAsync(factory, "im-scope@goeppingen.example", "goeppingen");
        var caseId = (await CreateCaseAsync(manager, "goeppingen")).GetProperty("id").GetString();
        await VolunteerAsync("ehrenamt-scope@goeppingen.example", "goeppingen", VolunteerStatus.Approved);

        var widen = await coordinator.PostFormAsync($"/backoffice/organisation/teams/{team}",
        [
            new("Input.Name", "Team Eppelheim"), new("Input.Slug", "team-scope-eppelheim"), new("Input.Kind", "Regional"),
            new("Input.MunicipalityIds", (await MunicipalityIdAsync("eppelheim")).ToString()), new("Input.MunicipalityIds", goeppingen.ToString()),
        ]);
        var grant = await coordinator.Api.PostAsJsonAsync("/api/v1/substitutions", new
        {
            from = await UserIdAsync(factory, "im-scope@goeppingen.example"),
            to = await UserIdAsync(factory, "koordination-team@eppelheim.example"),
            startsOn = Iso(Today), endsOn = Iso(Today.AddDays(3)),
        });
        var read = await coordinator.Api.GetAsync($"/api/v1/cases/{caseId}");
        var volunteers = await coordinator.Browser.GetStringAsync("/backoffice/volunteers");

        Assert.Equal(HttpStatusCode.OK, widen.StatusCode);
        Assert.Contains("kann nur die Administration hinzufügen", WebUtility.HtmlDecode(await widen.Content.ReadAsStringAsync()));
        Assert.Equal(["eppelheim"], await TeamMunicipalitiesAsync(team));
        Assert.Equal(HttpStatusCode.BadRequest, grant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain("ehrenamt-scope@goeppingen.example", volunteers);
        await AssertNoSubstitutionForAsync("koordination-team@eppelheim.example");

        // The administrator may widen the team; the rule is about the caller's own reach, not about teams.
        var admin = await Caller.SignInAsync(factory, "administrator", PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await admin.PostFormAsync($"/backoffice/organisation/teams/{team}",
        [
            new("Input.Name", "Team Eppelheim"), new("Input.Slug", "team-scope-eppelheim"), new("Input.Kind", "Regional"),
            new("Input.MunicipalityIds", (await MunicipalityIdAsync("eppelheim")).ToString()), new("Input.MunicipalityIds", goeppingen.ToString()),
        ]);
        Assert.Equal(["eppelheim", "goeppingen"], await TeamMunicipalitiesAsync(team));
    }

    [Fact]
    public async Task A_coordinator_of_the_municipality_cannot_grant_themselves_a_substitution_but_arranges_one_for_two_others()
    {
        var coordinator = await StaffAsync("koordination-selbst@eppelheim.example", Roles.Coordinator, "eppelheim");
        var manager = await ManagerAsync(factory, "im-selbst@eppelheim.example", "eppelheim");
        await ManagerAsync(factory, "im-selbst2@eppelheim.example", "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString();
        var absent = await UserIdAsync(factory, "im-selbst@eppelheim.example");

        var self = await coordinator.Api.PostAsJsonAsync("/api/v1/substitutions", new
        {
            from = absent, to = await UserIdAsync(factory, "koordination-selbst@eppelheim.example"), startsOn = Iso(Today), endsOn = Iso(Today.AddDays(3)),
        });
        var read = await coordinator.Api.GetAsync($"/api/v1/cases/{caseId}");
        var others = await coordinator.Api.PostAsJsonAsync("/api/v1/substitutions", new
        {
            from = absent, to = await UserIdAsync(factory, "im-selbst2@eppelheim.example"), startsOn = Iso(Today), endsOn = Iso(Today.AddDays(3)),
        });

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("Sich selbst als Vertretung einzutragen ist nicht möglich", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, others.StatusCode);
        await AssertNoSubstitutionForAsync("koordination-selbst@eppelheim.example");
    }

    [Fact]
    public async Task A_coordinator_approves_and_checks_volunteers_of_their_own_municipalities_only()
    {
        var volunteerId = await VolunteerAsync("ehrenamt-pruefung@eppelheim.example", "eppelheim", VolunteerStatus.AwaitingApproval);
        var stranger = await StaffAsync("koordination-pruefung@goeppingen.example", Roles.Coordinator, "goeppingen");

        var approve = await stranger.Api.PostAsync($"/api/v1/volunteers/{volunteerId}/approve", null);
        var certificate = await stranger.PostFormAsync("/backoffice/volunteers?handler=ConductCertificate",
            [new("id", volunteerId.ToString()), new("seenOn", Iso(Today))]);
        var approveForm = await stranger.PostFormAsync("/backoffice/volunteers?handler=Approve", [new("id", volunteerId.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, certificate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approveForm.StatusCode);
        var unchanged = await VolunteerRowAsync(volunteerId);
        Assert.Equal(VolunteerStatus.AwaitingApproval, unchanged.Status);
        Assert.Null(unchanged.ConductCertificateSeenOn);

        var own = await StaffAsync("koordination-pruefung@eppelheim.example", Roles.Coordinator, "eppelheim");
        Assert.Equal(HttpStatusCode.OK, (await own.Api.PostAsync($"/api/v1/volunteers/{volunteerId}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await own.PostFormAsync("/backoffice/volunteers?handler=ConductCertificate",
            [new("id", volunteerId.ToString()), new("seenOn", Iso(Today))])).StatusCode);
        var approved = await VolunteerRowAsync(volunteerId);
        Assert.Equal(VolunteerStatus.Approved, approved.Status);
        Assert.Equal("koordination-pruefung@eppelheim.example", approved.ApprovedBy);
        Assert.Equal(Today, approved.ConductCertificateSeenOn);
    }

    [Fact]
    public async Task A_coordinator_sees_the_mails_and_colleagues_of_their_own_municipalities_only()
    {
        var inEppelheim = await StaffAsync("koordination-post@eppelheim.example", Roles.Coordinator, "eppelheim");
        var inGoeppingen = await StaffAsync("koordination-post@goeppingen.example", Roles.Coordinator, "goeppingen");
        var admin = await Caller.SignInAsync(factory, "administrator", PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        await ManagerAsync(factory, "im-post@eppelheim.example", "eppelheim");
        await ManagerAsync(factory, "im-post@goeppingen.example", "goeppingen");
        var reset = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "im-post@eppelheim.example" });
        Assert.Equal(HttpStatusCode.Accepted, reset.StatusCode);
        await TestAccounts.ProcessResetRequestsAsync(factory);

        var theirs = await inGoeppingen.Browser.GetStringAsync("/backoffice/outbox");
        var own = await inEppelheim.Browser.GetStringAsync("/backoffice/outbox");
        var all = await admin.Browser.GetStringAsync("/backoffice/outbox");
        var form = await inGoeppingen.Browser.GetStringAsync("/backoffice/cases/substitutions");

        Assert.DoesNotContain("im-post@eppelheim.example", theirs);
        Assert.Contains("im-post@eppelheim.example", own);
        Assert.Contains("im-post@eppelheim.example", all);
        Assert.DoesNotContain("im-post@eppelheim.example", form);
        Assert.Contains("im-post@goeppingen.example", form);
        Assert.DoesNotContain("<option value=\"" + await UserIdAsync(factory, "koordination-post@goeppingen.example") + "\"", form);
    }

    private async Task<Caller> StaffAsync(string email, string role, params string[] municipalities)
    {
        await TestAccounts.EnsureAsync(factory, email, role, municipalities);
        return await Caller.SignInAsync(factory, email, email);
    }

    private async Task<(Guid Id, string Slug)> OfferOnlyInAsync(string municipality)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var offer = await db.Offers.Where(o => o.Status == Core.Offers.OfferStatus.Published && EF.Property<string>(o, "OfferKind") == "Authority"
                && o.Municipalities.Count == 1 && o.Municipalities.Any(m => m.Slug == municipality))
            .OrderBy(o => o.Slug).FirstAsync();
        return (offer.Id, offer.Slug);
    }

    private async Task<Guid> MunicipalityIdAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Municipalities.SingleAsync(m => m.Slug == slug)).Id;
    }

    private async Task<Guid> TeamAsync(string slug, string municipality)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var team = new Team { Id = Guid.CreateVersion7(), Name = "Team Eppelheim", Slug = slug, Municipalities = [await db.Municipalities.SingleAsync(m => m.Slug == municipality)] };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    private async Task AssignToTeamAsync(string email, Guid teamId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        db.StaffAssignments.Add(new StaffAssignment { Id = Guid.CreateVersion7(), UserId = user.Id, TeamId = teamId });
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> TeamMunicipalitiesAsync(Guid teamId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Teams.Where(t => t.Id == teamId)
            .SelectMany(t => t.Municipalities.Select(m => m.Slug)).OrderBy(s => s).ToListAsync();
    }

    /// <summary>A volunteer as registration and opt-in leave them (no password: they never sign in here).</summary>
    private async Task<Guid> VolunteerAsync(string email, string municipality, VolunteerStatus status)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        Assert.True((await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>().CreateAsync(user)).Succeeded);
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(), UserId = user.Id, DisplayName = "Ehrenamt " + municipality, Status = status, CreatedAt = DateTime.UtcNow,
            Municipalities = [await db.Municipalities.SingleAsync(m => m.Slug == municipality)], UnsubscribeToken = Guid.NewGuid().ToString("N"),
        };
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer.Id;
    }

    private async Task<Volunteer> VolunteerRowAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Volunteers.AsNoTracking().SingleAsync(v => v.Id == id);
    }

    private async Task AssertNoSubstitutionForAsync(string email)
    {
        var id = await UserIdAsync(factory, email);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Substitution>().AnyAsync(s => s.SubstituteUserId == id));
    }
}
