using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;

/// <summary>
/// The volunteer request from draft to hours, through the API with every mail delivered to a real SMTP server:
/// only fitting volunteers hear of it, in their language, and nothing of the case reaches a volunteer or a mail.
/// </summary>
public sealed class RequestJourneyTests : IAsyncLifetime
{
    private RequestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await RequestWorld.StartAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Publish_notify_sign_up_confirm_reveal_and_record_hours()
    {
        var portal = _world.Portal;
        var fitting = await VolunteerTestData.ApprovedAsync(portal, "amal@ehrenamt.example", "Amal", new(Culture: "ar", Languages: ["ar:native", "de:C1"]));
        var noArabic = await VolunteerTestData.ApprovedAsync(portal, "bert@ehrenamt.example", "Bert", new(Languages: ["en:C1"]));
        var digest = await VolunteerTestData.ApprovedAsync(portal, "dana@ehrenamt.example", "Dana", new(Languages: ["ar:B2"], Notifications: NotificationPreference.DailyDigest));
        var farAway = await VolunteerTestData.ApprovedAsync(portal, "gero@ehrenamt.example", "Gero", new(Municipality: "goeppingen", Languages: ["ar:C1"]));

        // The personal-data check blocks publishing and names the words to rewrite.
        var draft = await _world.Manager.PostAsJsonAsync($"/api/v1/needs/{_world.NeedId}/requests",
            RequestWorld.Draft(description: "Bitte Herrn Haddad unter 0176 12345678 anrufen und zur Ausländerbehörde begleiten."));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var blocked = await _world.Manager.PostAsync($"/api/v1/requests/{id}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        var marked = string.Join(" ", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("description").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("0176 12345678", marked);
        Assert.Contains("Haddad", marked);
        Assert.Empty(await fitting.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);

        var rewritten = await _world.Manager.PutAsJsonAsync($"/api/v1/requests/{id}", RequestWorld.Draft());
        Assert.Equal(HttpStatusCode.OK, rewritten.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/requests/{id}/publish", null)).StatusCode);

        var announcement = Assert.Single(await _world.MailsToAsync("amal@ehrenamt.example"));
        Assert.Equal("طلب جديد: Begleitung zur Ausländerbehörde", announcement.Subject);
        Assert.Contains($"/ehrenamt/anfragen/{id}", announcement.TextBody);
        Assert.Empty(await _world.MailsToAsync("bert@ehrenamt.example"));
        Assert.Empty(await _world.MailsToAsync("dana@ehrenamt.example"));
        Assert.Empty(await _world.MailsToAsync("gero@ehrenamt.example"));

        // The board shows the request and nothing of the case.
        var board = await fitting.Api.GetStringAsync("/api/v1/requests");
        Assert.Contains("Begleitung zur Ausländerbehörde", board);
        Assert.DoesNotContain(_world.CaseId, board);
        Assert.DoesNotContain(_world.NeedId, board);
        Assert.DoesNotContain("EPP-", board);
        Assert.Empty(await farAway.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);

        var signup = await fitting.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { message = "Ich kann gern helfen." });
        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        var signupId = (await signup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var twice = await fitting.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { message = "nochmal" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("schon zugesagt", await twice.Content.ReadAsStringAsync());
        var outside = await farAway.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { });
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        var toManager = Assert.Single(await _world.MailsToAsync(RequestWorld.ManagerEmail), m => m.Subject!.StartsWith("Neue Zusage", StringComparison.Ordinal));
        Assert.Contains("Amal", toManager.TextBody);
        var details = await _world.Manager.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}/details");
        var seen = Assert.Single(details.GetProperty("signups").EnumerateArray());
        Assert.Equal("amal@ehrenamt.example", seen.GetProperty("email").GetString());
        Assert.Equal("Ich kann gern helfen.", seen.GetProperty("message").GetString());

        var meeting = await _world.Manager.PutAsJsonAsync($"/api/v1/requests/{id}/meeting", new { meetingDetails = "Treffpunkt vor dem Rathaus Eppelheim, Haupteingang, 8:45 Uhr." });
        Assert.Equal(HttpStatusCode.OK, meeting.StatusCode);
        var beforeConfirmation = await fitting.Api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}");
        Assert.Equal(JsonValueKind.Null, beforeConfirmation.GetProperty("meetingDetails").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await noArabic.Api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}")).GetProperty("meetingDetails").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{signupId}/confirm", null)).StatusCode);
        var confirmation = Assert.Single(await _world.MailsToAsync("amal@ehrenamt.example"), m => m.Subject!.StartsWith("تم تأكيد", StringComparison.Ordinal));
        Assert.Contains("Rathaus Eppelheim", confirmation.TextBody);
        var ics = Assert.Single(confirmation.Attachments.OfType<MimePart>(), a => a.FileName == "termin.ics");
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using (var stream = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(stream);
            var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
            var appointment = Assert.Single(calendar.Events);
            Assert.Equal(Today.ToDateTime(new TimeOnly(9, 0)), appointment.DtStart!.Value);
            Assert.Equal("Europe/Berlin", appointment.DtStart!.TzId);
            Assert.Equal("Begleitung zur Ausländerbehörde", appointment.Summary);
        }

        var mine = await fitting.Api.GetFromJsonAsync<JsonElement>("/api/v1/signups");
        Assert.Equal("Treffpunkt vor dem Rathaus Eppelheim, Haupteingang, 8:45 Uhr.", mine[0].GetProperty("meetingDetails").GetString());

        // The full request leaves the board, and only those who signed up still see it.
        Assert.Empty(await noArabic.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);
        Assert.Equal(HttpStatusCode.NotFound, (await noArabic.Api.GetAsync($"/api/v1/requests/{id}")).StatusCode);
        var late = await noArabic.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { });
        Assert.NotEqual(HttpStatusCode.Created, late.StatusCode);

        var badHours = await fitting.Api.PostAsJsonAsync($"/api/v1/signups/{signupId}/complete", new { hours = -3 });
        Assert.Equal(HttpStatusCode.BadRequest, badHours.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fitting.Api.PostAsJsonAsync($"/api/v1/signups/{signupId}/complete", new { hours = 2.5 })).StatusCode);
        var done = await _world.Manager.GetFromJsonAsync<JsonElement>($"/api/v1/needs/{_world.NeedId}/requests");
        Assert.Equal(2.5m, done[0].GetProperty("signups")[0].GetProperty("hours").GetDecimal());

        // The certificate of engagement: the request's title, the day and the hours, and nothing of the case.
        var certificate = await fitting.Api.GetAsync("/api/v1/engagement/certificate");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        var lines = Core.Tests.Documents.PdfText.AllLines(await certificate.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", lines);
        Assert.Contains("Nachweis über ehrenamtliches Engagement", text);
        Assert.Contains("Amal hat sich in Eppelheim ehrenamtlich in der Integrationsarbeit engagiert.", text);
        Assert.Contains(lines, l => l.Contains("Begleitung zur Ausländerbehörde", StringComparison.Ordinal) && l.Contains("2,5 Std.", StringComparison.Ordinal));
        Assert.Contains($"{Today.Year}: 2,5 Std.", text);
        Assert.DoesNotContain("EPP-", text);
        Assert.DoesNotContain("Ich kann gern helfen", text);

        // No mail of the whole chain carries anything of the case.
        foreach (var mail in _world.Smtp.Messages())
        {
            Assert.DoesNotContain(_world.CaseId, mail.TextBody);
            Assert.DoesNotContain("EPP-", mail.TextBody + mail.Subject);
        }

        _ = digest;
    }

    [Fact]
    public async Task Volunteers_who_chose_the_digest_get_one_mail_with_the_days_requests()
    {
        await VolunteerTestData.ApprovedAsync(_world.Portal, "emil@ehrenamt.example", "Emil", new(Culture: "uk", Languages: ["ar:C1"], Notifications: NotificationPreference.DailyDigest));
        await _world.PublishedAsync();
        await _world.PublishedAsync(RequestWorld.Draft(on: Today.AddDays(3)));
        Assert.Empty(await _world.MailsToAsync("emil@ehrenamt.example"));

        using (var scope = _world.Portal.Services.CreateScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RequestJobs>().RunAsync();
            Assert.Equal(1, run.Digests);
        }

        var mail = Assert.Single(await _world.MailsToAsync("emil@ehrenamt.example"));
        Assert.Equal("2 нових запитів для вас", mail.Subject);
        using (var scope = _world.Portal.Services.CreateScope())
        {
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<RequestJobs>().RunAsync()).Digests);
        }
    }

    [Fact]
    public async Task Confirmed_volunteers_are_reminded_the_day_before()
    {
        var helper = await VolunteerTestData.ApprovedAsync(_world.Portal, "fritz@ehrenamt.example", "Fritz", new(Culture: "tr", Languages: ["ar:C1"]));
        var id = await _world.PublishedAsync(RequestWorld.Draft(on: Today.AddDays(1)));
        var signup = await (await helper.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{signup.GetProperty("id").GetString()}/confirm", null)).StatusCode);
        var early = await helper.Api.PostAsJsonAsync($"/api/v1/signups/{signup.GetProperty("id").GetString()}/complete", new { hours = 2 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        using (var scope = _world.Portal.Services.CreateScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<RequestJobs>().RunAsync()).Reminders);
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<RequestJobs>().RunAsync()).Reminders);
        }

        var reminder = Assert.Single(await _world.MailsToAsync("fritz@ehrenamt.example"), m => m.Subject!.StartsWith("Yarın için hatırlatma", StringComparison.Ordinal));
        Assert.Contains(reminder.Attachments.OfType<MimePart>(), a => a.FileName == "termin.ics");
    }

    [Fact]
    public async Task Withdrawing_the_consent_cancels_the_requests_and_tells_volunteers_without_a_reason()
    {
        var helper = await VolunteerTestData.ApprovedAsync(_world.Portal, "greta@ehrenamt.example", "Greta", new(Culture: "ru", Languages: ["ar:C1"]));
        var id = await _world.PublishedAsync();
        var signup = await helper.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { });
        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);

        var withdrawn = await _world.Manager.PostAsJsonAsync($"/api/v1/cases/{_world.CaseId}/consents", new { purpose = "VolunteerSharing", action = "withdraw" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        Assert.Empty(await helper.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);
        var mine = await helper.Api.GetFromJsonAsync<JsonElement>("/api/v1/signups");
        Assert.Equal("Cancelled", mine[0].GetProperty("signup").GetProperty("status").GetString());
        var cancelled = Assert.Single(await _world.MailsToAsync("greta@ehrenamt.example"), m => m.Subject!.StartsWith("Отменено", StringComparison.Ordinal));
        Assert.DoesNotContain("Einwilligung", cancelled.TextBody);
        Assert.DoesNotContain("согласи", cancelled.TextBody);
        var again = await _world.Manager.PostAsJsonAsync($"/api/v1/needs/{_world.NeedId}/requests", RequestWorld.Draft());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Requests_with_children_go_only_to_volunteers_with_a_current_check()
    {
        var checkedHelper = await VolunteerTestData.ApprovedAsync(_world.Portal, "hanna@ehrenamt.example", "Hanna", new(Languages: ["ar:C1"], Skills: ["accompaniment", "childcare"], ConductCheck: true));
        var withoutCheck = await VolunteerTestData.ApprovedAsync(_world.Portal, "ilse@ehrenamt.example", "Ilse", new(Languages: ["ar:C1"], Skills: ["accompaniment", "childcare"]));
        var id = await _world.PublishedAsync(RequestWorld.Draft(children: true));

        Assert.Single(await _world.MailsToAsync("hanna@ehrenamt.example"));
        Assert.Empty(await _world.MailsToAsync("ilse@ehrenamt.example"));
        Assert.Empty(await withoutCheck.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);
        var refused = await withoutCheck.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Führungszeugnis", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await checkedHelper.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_frees_the_place_and_tells_the_manager_and_a_withdrawn_volunteer_cannot_be_confirmed()
    {
        var first = await VolunteerTestData.ApprovedAsync(_world.Portal, "jana@ehrenamt.example", "Jana", new(Languages: ["ar:C1"]));
        var second = await VolunteerTestData.ApprovedAsync(_world.Portal, "karl@ehrenamt.example", "Karl", new(Languages: ["ar:C1"]));
        var id = await _world.PublishedAsync();
        var a = (await (await first.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var b = (await (await second.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{a}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _world.Manager.PostAsync($"/api/v1/signups/{b}/confirm", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await first.Api.PostAsync($"/api/v1/signups/{a}/withdraw", null)).StatusCode);
        Assert.Single(await _world.MailsToAsync(RequestWorld.ManagerEmail), m => m.Subject!.StartsWith("Zusage zurückgezogen", StringComparison.Ordinal));
        var refused = await _world.Manager.PostAsync($"/api/v1/signups/{a}/confirm", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("zurückgezogen", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{b}/confirm", null)).StatusCode);

        using var scope = _world.Portal.Services.CreateScope();
        var request = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<VolunteerRequest>().SingleAsync(r => r.Id == Guid.Parse(id));
        Assert.Equal((1, RequestStatus.Filled), (request.Confirmed, request.Status));

        // Fewer places than confirmed helpers is refused, and the page's logged read afterwards stores nothing of it.
        var manager = new BrowserlessSession(_world.Portal);
        await manager.LoginAsync(RequestWorld.ManagerEmail, TestAccounts.DefaultPassword);
        var page = await manager.GetAsync($"/backoffice/cases/requests/{id}");
        var refusedPlaces = await manager.SubmitAsync(page, "#request-form", new Dictionary<string, string> { ["Request.Places"] = "0", ["Request.Title"] = "Geänderter Titel" });
        Assert.Equal(HttpStatusCode.BadRequest, refusedPlaces.Status);
        using var after = _world.Portal.Services.CreateScope();
        var unchanged = await after.ServiceProvider.GetRequiredService<PortalDbContext>().Set<VolunteerRequest>().AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(id));
        Assert.Equal(("Begleitung zur Ausländerbehörde", 1), (unchanged.Title, unchanged.Places));
    }

    [Fact]
    public async Task A_confirmed_volunteer_who_deletes_the_account_gives_the_place_back()
    {
        var leaving = await VolunteerTestData.ApprovedAsync(_world.Portal, "olaf@ehrenamt.example", "Olaf", new(Languages: ["ar:C1"]));
        var staying = await VolunteerTestData.ApprovedAsync(_world.Portal, "paula@ehrenamt.example", "Paula", new(Languages: ["ar:C1"]));
        var id = await _world.PublishedAsync();
        var signup = await (await leaving.Api.PostAsJsonAsync($"/api/v1/requests/{id}/signups", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await _world.Manager.PostAsync($"/api/v1/signups/{signup.GetProperty("id").GetString()}/confirm", null)).StatusCode);
        Assert.Empty(await staying.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);

        Assert.Equal(HttpStatusCode.NoContent, (await leaving.Api.DeleteAsync("/api/v1/volunteers/me")).StatusCode);

        var open = Assert.Single(await staying.Api.GetFromJsonAsync<JsonElement[]>("/api/v1/requests") ?? []);
        Assert.Equal(1, open.GetProperty("placesLeft").GetInt32());
        var details = await _world.Manager.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{id}/details");
        Assert.Equal(0, details.GetProperty("confirmed").GetInt32());
        Assert.Empty(details.GetProperty("signups").EnumerateArray());
    }
}
