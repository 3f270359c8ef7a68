using System.Net;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;

/// <summary>The request pages without a browser: what a manager and a volunteer read and send, form by form.</summary>
public sealed class RequestPagesTests : IAsyncLifetime
{
    private RequestWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await RequestWorld.StartAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_manager_drafts_from_the_need_sees_the_personal_data_marked_publishes_and_confirms_a_volunteer()
    {
        // The need says children come along, so the form starts with "children involved": Lena has a current check.
        await VolunteerTestData.ApprovedAsync(_world.Portal, "lena@ehrenamt.example", "Lena", new(Languages: ["ar:C1"], ConductCheck: true));
        var manager = new BrowserlessSession(_world.Portal);
        await manager.LoginAsync(RequestWorld.ManagerEmail, TestAccounts.DefaultPassword);

        var need = await manager.GetAsync($"/backoffice/cases/needs/{_world.NeedId}");
        Assert.Contains("Für diesen Bedarf gibt es noch keine Anfrage", need.Document.QuerySelector("#requests")!.TextContent);
        var form = await manager.GetAsync(need.Document.QuerySelector("#requests a.button")!.GetAttribute("href")!);
        Assert.True(form.Document.QuerySelector("#rl-ar")!.HasAttribute("checked"), "the need's language is preselected");

        var bad = await manager.SubmitAsync(form, "#request-form", new Dictionary<string, string> { ["Request.Title"] = "", ["Request.On"] = "31.02.2026", ["Request.From"] = "neun" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Datum", bad.Document.QuerySelector("#request-form")!.TextContent);
        Assert.Contains("Uhrzeit", bad.Document.QuerySelector("#request-form")!.TextContent);

        var draft = await manager.SubmitAsync(form, "#request-form", new Dictionary<string, string>
        {
            ["Request.Title"] = "Begleitung zur Ausländerbehörde",
            ["Request.Description"] = "Frau Yilmaz braucht Begleitung, Rückruf unter 0176 12345678.",
            ["Request.On"] = Iso(Today.AddDays(2)),
            ["Request.From"] = "09:00",
            ["Request.Until"] = "11:00",
            ["Request.Skills"] = "accompaniment",
        });
        Assert.Contains("Entwurf gespeichert", draft.Document.QuerySelector("[role=status]")!.TextContent);
        var marks = draft.Document.QuerySelectorAll("#personal-data mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marks, m => m.Contains("0176 12345678", StringComparison.Ordinal));
        Assert.Contains(marks, m => m.Contains("Yilmaz", StringComparison.Ordinal));

        var blocked = await manager.SubmitAsync(draft, "#publish");
        Assert.Equal(HttpStatusCode.BadRequest, blocked.Status);
        Assert.Contains("0176 12345678", blocked.Document.QuerySelector("#publish")!.TextContent);
        Assert.Contains("Entwurf", blocked.Document.QuerySelector("p.meta")!.TextContent);

        var fixedText = await manager.SubmitAsync(blocked, "#request-form", new Dictionary<string, string>
        {
            ["Request.Description"] = "Begleitung zu einem Termin bei der Ausländerbehörde, Übersetzung Arabisch–Deutsch.",
        });
        Assert.Null(fixedText.Document.QuerySelector("#personal-data"));
        var published = await manager.SubmitAsync(fixedText, "#publish");
        Assert.True(published.Document.QuerySelector("[role=status]") is not null, published.Document.QuerySelector("main")?.TextContent);
        Assert.Contains("veröffentlicht", published.Document.QuerySelector("[role=status]")!.TextContent);

        var volunteer = new BrowserlessSession(_world.Portal);
        await volunteer.LoginAsync("lena@ehrenamt.example", TestAccounts.DefaultPassword);
        var board = await volunteer.GetAsync("/ehrenamt/anfragen");
        Assert.True(board.Document.QuerySelector("#requests a") is not null, $"{board.Status} {board.Path} {board.Document.QuerySelector("main")?.TextContent}");
        var link = board.Document.QuerySelector("#requests a")!;
        Assert.Equal("Begleitung zur Ausländerbehörde", link.TextContent);
        var filtered = await volunteer.GetAsync("/ehrenamt/anfragen?skill=driving");
        Assert.Null(filtered.Document.QuerySelector("#requests"));
        var detail = await volunteer.GetAsync(link.GetAttribute("href")!);
        var signedUp = await volunteer.SubmitAsync(detail, "#signup", new Dictionary<string, string> { ["Message"] = "Ich spreche Arabisch." });
        Assert.Contains("Ihre Zusage ist eingegangen", signedUp.Document.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("wartet auf Bestätigung", signedUp.Document.QuerySelector(".status-line")!.TextContent);

        var request = await manager.GetAsync(published.Path);
        var signup = request.Document.QuerySelector("#signups li")!;
        Assert.Contains("Lena", signup.TextContent);
        Assert.Contains("lena@ehrenamt.example", signup.TextContent);
        Assert.Contains("Ich spreche Arabisch.", signup.TextContent);
        var meeting = await manager.SubmitAsync(request, "#meeting", new Dictionary<string, string> { ["MeetingDetails"] = "Treffpunkt: Rathaus Eppelheim, Eingang Schulstraße." });
        Assert.Contains("Treffpunkt gespeichert", meeting.Document.QuerySelector("[role=status]")!.TextContent);
        var confirmed = await manager.SubmitAsync(meeting, "#signups form[action*='handler=Confirm']");
        Assert.Contains("Zusage bestätigt", confirmed.Document.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("1 von 1 Plätzen bestätigt", confirmed.Document.QuerySelector("p.meta")!.TextContent);

        var revealed = await volunteer.GetAsync(detail.Path);
        Assert.Contains("Rathaus Eppelheim", revealed.Document.QuerySelector(".meeting")!.TextContent);
        var early = await volunteer.SubmitAsync(revealed, "#complete", new Dictionary<string, string> { ["Hours"] = "2,5" });
        Assert.Equal(HttpStatusCode.BadRequest, early.Status);
        Assert.Contains("in der Zukunft", early.Document.QuerySelector("#complete")!.TextContent);

        // Two days later the appointment has taken place.
        using (var scope = _world.Portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PortalDbContext>();
            await db.Set<VolunteerRequest>().ExecuteUpdateAsync(u => u.SetProperty(r => r.On, Today).SetProperty(r => r.ExpiresOn, Today));
        }

        var recorded = await manager.SubmitAsync(await manager.GetAsync(published.Path), "#signups form[action*='handler=Complete']", new Dictionary<string, string> { ["Hours"] = "3" });
        Assert.Contains("Einsatz mit Stunden eingetragen", recorded.Document.QuerySelector("[role=status]")!.TextContent);
        var certificate = await volunteer.GetAsync("/ehrenamt/nachweis");
        var rows = certificate.Document.QuerySelectorAll("article.certificate tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Begleitung zur Ausländerbehörde", StringComparison.Ordinal) && r.Contains("3 Std.", StringComparison.Ordinal));
        Assert.Equal("de", certificate.Document.QuerySelector("article.certificate")!.GetAttribute("lang"));
        var pdf = await volunteer.Client.GetAsync(certificate.Document.QuerySelector("a[href*='handler=Pdf']")!.GetAttribute("href")!);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ehrenamtsnachweis.pdf", pdf.Content.Headers.ContentDisposition?.FileName);

        var needAgain = await manager.GetAsync($"/backoffice/cases/needs/{_world.NeedId}");
        Assert.Contains("1 von 1 Plätzen bestätigt", needAgain.Document.QuerySelector("#requests")!.TextContent);
        Assert.Contains("3 Stunden geleistet", needAgain.Document.QuerySelector("#requests")!.TextContent);
    }

    [Fact]
    public async Task A_volunteer_who_is_not_yet_approved_sees_a_message_instead_of_requests()
    {
        await TestAccounts.CreateAsync(_world.Portal, "neu@ehrenamt.example", Core.Accounts.Roles.Volunteer);
        var volunteer = new BrowserlessSession(_world.Portal);
        await volunteer.LoginAsync("neu@ehrenamt.example", TestAccounts.DefaultPassword);
        var board = await volunteer.GetAsync("/ehrenamt/anfragen");
        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Contains("freigeschaltet", board.Document.QuerySelector("main")!.TextContent);
    }
}
