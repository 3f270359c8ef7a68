using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Requests;

/// <summary>A portal with a real SMTP server, a manager of Eppelheim with a case that may share needs with volunteers.</summary>
public sealed class RequestWorld : IAsyncDisposable
{
    public const string ManagerEmail = "im.anfragen@eppelheim.example";

    private RequestWorld(SmtpServer smtp, PortalFactory portal, HttpClient manager, string caseId, string needId)
    {
        Smtp = smtp;
        Portal = portal;
        Manager = manager;
        CaseId = caseId;
        NeedId = needId;
    }

    public SmtpServer Smtp { get; }

    public PortalFactory Portal { get; }

    public HttpClient Manager { get; }

    public string CaseId { get; }

    public string NeedId { get; }

    public static async Task<RequestWorld> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var smtp = await SmtpServer.StartAsync();
        var portal = new SmtpPortalFactory(smtp.Port, settings);
        var manager = await ManagerAsync(portal, ManagerEmail, "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "VolunteerSharing");
        var goalId = (await AddGoalAsync(manager, caseId, "Aufenthaltsrecht", "Termin bei der Ausländerbehörde wahrnehmen")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(manager, caseId, goalId)).GetProperty("id").GetString()!;
        return new RequestWorld(smtp, portal, manager, caseId, needId);
    }

    public static object Draft(DateOnly? on = null, int places = 1, bool children = false, string description = "Begleitung zu einem Termin bei der Ausländerbehörde, Übersetzung Arabisch–Deutsch.") => new
    {
        title = "Begleitung zur Ausländerbehörde",
        description,
        skills = new[] { "accompaniment" },
        languages = new[] { "ar" },
        on = Iso(on ?? Today),
        from = "09:00",
        until = "11:00",
        places,
        involvesChildren = children,
    };

    /// <summary>A draft made and published through the API; returns the request's id.</summary>
    public async Task<string> PublishedAsync(object? draft = null)
    {
        var created = await Manager.PostAsJsonAsync($"/api/v1/needs/{NeedId}/requests", draft ?? Draft());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var published = await Manager.PostAsync($"/api/v1/requests/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    /// <summary>Lets the outbox deliver everything pending to the SMTP server and returns the mails one address got.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string address)
    {
        await Portal.Services.GetRequiredService<OutboxSender>().SendPendingAsync();
        return Smtp.MessagesTo(address);
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
