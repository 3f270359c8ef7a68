using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IntegrationsNetz.Web.Tests.Volunteers;

/// <summary>A volunteer's way from registration to deletion, with every mail delivered to a real SMTP server.</summary>
public sealed class VolunteerJourneyTests : IAsyncLifetime
{
    private SmtpServer _smtp = null!;
    private PortalFactory _portal = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        _portal = new WithSmtp(_smtp.Port);
        _portal.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Register_confirm_approve_edit_export_unsubscribe_and_delete()
    {
        const string email = "helferin.amsel@ehrenamt.example";
        var session = new BrowserlessSession(_portal);
        var form = await session.GetAsync("/de/mitmachen");
        var sent = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Amsel",
            ["Input.Email"] = email,
            ["Input.Password"] = "ein langes Ehrenamtspasswort",
            ["Input.Municipalities"] = "weinheim",
            ["Input.Skills"] = "homework",
            ["Input.Availability"] = "Monday:Afternoon",
            ["Input.Languages[0].Code"] = "ar",
            ["Input.Languages[0].Level"] = "C1",
            ["Input.Languages[1].Code"] = "en",
            ["Input.Languages[1].Level"] = "B2",
            ["Input.PrivacyConsent"] = "true",
        });
        Assert.Contains("Fast geschafft", sent.Document.QuerySelector("[role=status]")!.TextContent);

        var optIn = await DeliveredAsync(email);
        Assert.Equal("Bitte bestätigen Sie Ihre Anmeldung als Ehrenamtliche/r", optIn.Subject);
        Assert.EndsWith("@integrationsnetz.example", optIn.MessageId);
        Assert.Contains("Sie erhalten diese E-Mail, weil", optIn.TextBody);
        Assert.Contains("<a href=", optIn.HtmlBody);
        var link = Link(optIn, "/de/mitmachen/bestaetigen");

        var confirmPage = await session.GetAsync(link.PathAndQuery);
        var confirmed = await session.SubmitAsync(confirmPage, "main form");
        Assert.Contains("Ihre Adresse ist bestätigt", confirmed.Document.QuerySelector("[role=status]")!.TextContent);
        var reused = await session.SubmitAsync(confirmPage, "main form");
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Contains("schon benutzt", reused.Document.QuerySelector("[role=alert]")!.TextContent);

        var coordinator = await CoordinatorAsync();
        var volunteerId = await VolunteerIdAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/volunteers/{volunteerId}/approve", null)).StatusCode);
        var approval = await DeliveredAsync(email, "freigeschaltet");
        var unsubscribe = approval.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", approval.Headers["List-Unsubscribe-Post"]);

        var volunteer = await ApiClient.SignedInAsync(_portal, email, "ein langes Ehrenamtspasswort");
        var update = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new
        {
            displayName = "Amsel", municipalities = new[] { "weinheim", "eppelheim" }, skills = new[] { "homework", "driving" },
            languages = new[] { "ar:C1" }, availability = new[] { "Saturday:Morning" }, notifications = "DailyDigest",
        });
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        var bad = await volunteer.PutAsJsonAsync("/api/v1/volunteers/me", new { displayName = "Amsel", municipalities = new[] { "weinheim" }, skills = new[] { "zaubern" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("zaubern", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await _portal.CreateClient().PostAsync(unsubscribe, new StringContent("List-Unsubscribe=One-Click"))).StatusCode);

        var export = await volunteer.GetFromJsonAsync<JsonElement>("/api/v1/volunteers/me/export");
        Assert.Equal(email, export.GetProperty("email").GetString());
        Assert.Equal(["eppelheim", "weinheim"], export.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()).Order());
        Assert.Equal("None", export.GetProperty("notifications").GetString());
        Assert.Equal("Approved", export.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await volunteer.DeleteAsync("/api/v1/volunteers/me")).StatusCode);
        var goodbye = await DeliveredAsync(email, "gelöscht");
        Assert.NotNull(goodbye);
        var login = await _portal.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "ein langes Ehrenamtspasswort" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == email));
    }

    [Fact]
    public async Task Registered_in_Ukrainian_with_two_languages_and_a_time_the_profile_shows_them_again()
    {
        const string email = "olena.hai@ehrenamt.example";
        var session = new BrowserlessSession(_portal);
        var form = await session.GetAsync("/uk/mitmachen");
        var sent = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Olena",
            ["Input.Email"] = email,
            ["Input.Password"] = "ein langes Ehrenamtspasswort",
            ["Input.Municipalities"] = "weinheim",
            ["Input.Availability"] = "Tuesday:Evening",
            ["Input.Languages[0].Code"] = "uk",
            ["Input.Languages[0].Level"] = "native",
            ["Input.Languages[1].Code"] = "de",
            ["Input.Languages[1].Level"] = "B1",
            ["Input.PrivacyConsent"] = "true",
        });
        Assert.Contains("Майже готово", sent.Document.QuerySelector("[role=status]")!.TextContent);
        var confirmPage = await session.GetAsync(Link(await DeliveredAsync(email), "/mitmachen/bestaetigen").PathAndQuery);
        await session.SubmitAsync(confirmPage, "main form");

        var profile = await session.LoginAsync(email, "ein langes Ehrenamtspasswort");

        Assert.Equal("/ehrenamt", profile.Path);
        Assert.Equal("uk", Selected(profile, "Input.Languages[0].Code"));
        Assert.Equal("native", Selected(profile, "Input.Languages[0].Level"));
        Assert.Equal("de", Selected(profile, "Input.Languages[1].Code"));
        Assert.Equal("B1", Selected(profile, "Input.Languages[1].Level"));
        Assert.Equal(string.Empty, Selected(profile, "Input.Languages[2].Code"));
        var checkedSlots = profile.Document.QuerySelectorAll("input[name='Input.Availability']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>().Where(b => b.IsChecked);
        Assert.Equal(["Tuesday:Evening"], checkedSlots.Select(b => b.Value));
        Assert.Equal(7, profile.Document.QuerySelectorAll("fieldset.availability-day").Length);
    }

    [Theory]
    [InlineData("uk", "Це посилання для підтвердження недійсне або застаріле. Будь ласка, зареєструйтеся ще раз.")]
    [InlineData("de", "Dieser Bestätigungslink ist ungültig oder abgelaufen. Bitte melden Sie sich noch einmal an.")]
    public async Task A_forged_confirmation_link_is_refused_in_the_readers_language(string culture, string message)
    {
        var session = new BrowserlessSession(_portal);
        var confirmPage = await session.GetAsync($"/{culture}/mitmachen/bestaetigen?token=gefaelscht{culture}");

        var refused = await session.SubmitAsync(confirmPage, "main form");

        Assert.Equal(message, refused.Document.QuerySelector("main [role=alert]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_registration_in_Ukrainian_is_told_in_Ukrainian_at_the_wrong_fields()
    {
        var session = new BrowserlessSession(_portal);
        var form = await session.GetAsync("/uk/mitmachen");
        var refused = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Olena",
            ["Input.Email"] = "keine-adresse",
            ["Input.Password"] = "ein langes Ehrenamtspasswort",
            ["Input.Municipalities"] = "weinheim",
            ["Input.Languages[0].Code"] = "ar",
        });

        var summary = refused.Document.QuerySelector(".errors")!;
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Contains("Будь ласка, вкажіть дійсну адресу електронної пошти.", summary.TextContent);
        Assert.Contains("виберіть, наскільки добре", summary.TextContent);
        Assert.Contains("погодьтеся з політикою конфіденційності", summary.TextContent);
        Assert.DoesNotContain("Bitte", summary.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("The ", summary.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", refused.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Email']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Languages']"));

        var email = refused.Document.QuerySelector("#Input_Email")!;
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("Будь ласка, вкажіть дійсну адресу електронної пошти.", refused.Document.GetElementById(email.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.Null(refused.Document.QuerySelector("#Input_DisplayName")!.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Languages-error", refused.Document.QuerySelector("#Input_Languages")!.GetAttribute("aria-describedby"));
        Assert.Equal("ar", Selected(refused, "Input.Languages[0].Code"));
    }

    [Fact]
    public async Task Availability_is_one_group_per_day_in_the_readers_language_and_a_fourth_language_row_comes_without_script()
    {
        var session = new BrowserlessSession(_portal);
        var form = await session.GetAsync("/uk/mitmachen");

        Assert.Empty(form.Document.QuerySelectorAll("main form table"));
        var days = form.Document.QuerySelectorAll("fieldset.availability fieldset.availability-day");
        Assert.Equal(["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"], days.Select(d => d.QuerySelector("legend")!.TextContent.Trim().ToLowerInvariant().Replace('\'', 'ʼ').Replace('’', 'ʼ')));
        var monday = days[0].QuerySelectorAll("input[type=checkbox]");
        Assert.Equal(["Monday:Morning", "Monday:Afternoon", "Monday:Evening"], monday.Select(b => b.GetAttribute("value")));
        Assert.All(monday, b => Assert.NotEmpty(form.Document.QuerySelector($"label[for='{b.Id}']")!.TextContent));
        Assert.Equal("зранку", form.Document.QuerySelector("label[for='a-Monday-Morning']")!.TextContent);
        Assert.Equal(3, form.Document.QuerySelectorAll("select[name$='.Code']").Length);
        Assert.Equal("Будь ласка, заповніть це поле.", form.Document.QuerySelector("#Input_PrivacyConsent")!.GetAttribute("data-val-required"));
        Assert.Equal("Арабська", form.Document.QuerySelector("select[name='Input.Languages[0].Code'] option[value=ar]")!.TextContent);

        var more = await session.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "noch.nicht@ehrenamt.example",
            ["Input.Password"] = "ein langes Ehrenamtspasswort",
            ["Input.Languages[0].Code"] = "uk", ["Input.Languages[0].Level"] = "native",
            ["Input.Languages[1].Code"] = "de", ["Input.Languages[1].Level"] = "A2",
            ["Input.Languages[2].Code"] = "en", ["Input.Languages[2].Level"] = "B2",
            ["Input.AddLanguage"] = "true",
        });

        Assert.Null(more.Document.QuerySelector(".errors"));
        Assert.Equal(4, more.Document.QuerySelectorAll("select[name$='.Code']").Length);
        Assert.Equal("en", Selected(more, "Input.Languages[2].Code"));
        Assert.Equal(string.Empty, Selected(more, "Input.Languages[3].Code"));
        Assert.Equal("noch.nicht@ehrenamt.example", more.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("ein langes Ehrenamtspasswort", more.Document.QuerySelector("#Input_Password")!.GetAttribute("value"));
        using var scope = _portal.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == "noch.nicht@ehrenamt.example"));
    }

    [Fact]
    public async Task A_volunteer_edits_the_profile_downloads_the_data_and_deletes_the_account_on_their_page()
    {
        const string email = "helfer.star@ehrenamt.example";
        var registered = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Star", privacyConsent = true, preferredCulture = "en",
            municipalities = new[] { "eppelheim" }, skills = new[] { "driving" },
        });
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var optIn = await DeliveredAsync(email);
        Assert.Equal("Please confirm your volunteer registration", optIn.Subject);
        var token = System.Web.HttpUtility.ParseQueryString(Link(optIn, "/mitmachen/bestaetigen").Query)["token"];
        Assert.Equal(HttpStatusCode.OK, (await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers/confirm", new { token })).StatusCode);

        var session = new BrowserlessSession(_portal);
        var page = await session.LoginAsync(email, "ein langes Ehrenamtspasswort");
        Assert.Equal("/ehrenamt", page.Path);
        Assert.Contains("wartet auf Freischaltung", page.Document.QuerySelector(".meta")!.TextContent);

        var saved = await session.SubmitAsync(page, "main form.form", new Dictionary<string, string>
        {
            ["Input.Languages[0].Code"] = "uk", ["Input.Languages[0].Level"] = "native", ["Input.Languages[1].Code"] = "de", ["Input.Languages[1].Level"] = "B2",
            ["Input.Notifications"] = "None",
        });
        Assert.Contains("Gespeichert", saved.Document.QuerySelector("[role=status]")!.TextContent);
        var refused = await session.SubmitAsync(saved, "main form.form", new Dictionary<string, string> { ["Input.Languages[2].Code"] = "klingonisch", ["Input.Languages[2].Level"] = "C1" });
        Assert.Contains("klingonisch", refused.Document.QuerySelector(".errors")!.TextContent);
        var twice = await session.SubmitAsync(saved, "main form.form", new Dictionary<string, string> { ["Input.Languages[2].Code"] = "uk", ["Input.Languages[2].Level"] = "A1" });
        Assert.Contains("jede Sprache nur einmal", twice.Document.QuerySelector(".errors")!.TextContent);

        var export = await session.Client.GetAsync("/ehrenamt?handler=Export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var data = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["uk:native", "de:B2"], data.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var gone = await session.SubmitAsync(await session.GetAsync("/ehrenamt"), "form[action*='Delete']", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal("/backoffice/login", gone.Path);
        Assert.Contains("Ihr Konto wurde gelöscht", gone.Document.QuerySelector("[role=status]")!.TextContent);
        // The last mail is in the volunteer's language, as every mail to a volunteer.
        Assert.Equal("Your IntegrationsNetz account has been deleted", (await DeliveredAsync(email, "deleted")).Subject);
    }

    [Fact]
    public async Task A_coordinator_records_only_when_the_conduct_certificate_was_seen()
    {
        const string email = "pate.falke@ehrenamt.example";
        await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Falke", privacyConsent = true, municipalities = new[] { "weinheim" }, skills = new[] { "childcare" },
        });
        await CoordinatorAsync();
        var session = new BrowserlessSession(_portal);
        await session.LoginAsync("koordination@weinheim.example", TestAccounts.DefaultPassword);
        var list = await session.GetAsync("/backoffice/volunteers");
        var id = await VolunteerIdAsync(email);

        var future = await session.SubmitAsync(list, $"form[action*='ConductCertificate']:has(input[value='{id}'])", new Dictionary<string, string> { ["seenOn"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") });
        Assert.Contains("nicht in der Zukunft", future.Document.QuerySelector("[role=status]")!.TextContent);

        var seenOn = DateTime.UtcNow.AddDays(-10);
        var recorded = await session.SubmitAsync(future, $"form[action*='ConductCertificate']:has(input[value='{id}'])", new Dictionary<string, string> { ["seenOn"] = seenOn.ToString("yyyy-MM-dd") });
        Assert.Contains("nicht das Dokument", recorded.Document.QuerySelector("[role=status]")!.TextContent);
        var row = recorded.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains($"gesehen am {seenOn:dd.MM.yyyy} von koordination@weinheim.example, erneut vorlegen bis {seenOn.AddYears(5):dd.MM.yyyy}", row.TextContent);
    }

    [Fact]
    public async Task Coordinators_of_the_volunteers_municipality_hear_of_a_confirmed_address_and_see_it_on_their_start_page()
    {
        const string email = "helferin.meise@ehrenamt.example";
        await CoordinatorAsync();
        await TestAccounts.EnsureAsync(_portal, "koordination@oftersheim.example", "Coordinator", "oftersheim");
        await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email, password = "ein langes Ehrenamtspasswort", displayName = "Meise", privacyConsent = true, municipalities = new[] { "weinheim" },
        });
        var token = System.Web.HttpUtility.ParseQueryString(Link(await DeliveredAsync(email), "/mitmachen/bestaetigen").Query)["token"];
        Assert.Equal(HttpStatusCode.OK, (await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers/confirm", new { token })).StatusCode);

        var notice = await DeliveredAsync("koordination@weinheim.example", "wartet auf Freischaltung");
        Assert.Contains("/backoffice/volunteers", notice.TextBody);
        Assert.DoesNotContain("Meise", notice.TextBody + notice.Subject);
        Assert.Empty(_smtp.MessagesTo("koordination@oftersheim.example"));

        var session = new BrowserlessSession(_portal);
        var start = await session.LoginAsync("koordination@weinheim.example", TestAccounts.DefaultPassword);
        var waiting = start.Document.QuerySelectorAll("#tasks a").Single(a => a.GetAttribute("href") == "/backoffice/volunteers");
        Assert.Equal("1 Person aus dem Ehrenamt wartet auf Freischaltung", waiting.TextContent.Trim());
        var other = new BrowserlessSession(_portal);
        var otherStart = await other.LoginAsync("koordination@oftersheim.example", TestAccounts.DefaultPassword);
        Assert.DoesNotContain(otherStart.Document.QuerySelectorAll("#tasks a"), a => a.GetAttribute("href") == "/backoffice/volunteers");
    }

    [Theory]
    [InlineData("uk", "Допомога з домашніми завданнями")]
    [InlineData("ar", "المساعدة في الواجبات المدرسية")]
    [InlineData("en", "Homework help")]
    public async Task The_registration_form_names_the_activities_in_the_readers_language(string culture, string homework)
    {
        var form = await new BrowserlessSession(_portal).GetAsync($"/{culture}/mitmachen");
        var labels = form.Document.QuerySelectorAll("label[for^='s-']").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains(homework, labels);
        Assert.DoesNotContain("Hausaufgabenhilfe", labels);
    }

    [Fact]
    public async Task Registering_a_known_address_answers_the_same_and_tells_the_owner()
    {
        var body = new
        {
            email = "bekannt@ehrenamt.example", password = "ein langes Ehrenamtspasswort", displayName = "Kranich", privacyConsent = true,
            municipalities = new[] { "oftersheim" },
        };
        var first = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", body);
        var second = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await _portal.Services.GetRequiredService<OutboxSender>().SendPendingAsync();
        var subjects = _smtp.MessagesTo("bekannt@ehrenamt.example").Select(m => m.Subject).ToList();
        Assert.Contains("Jemand wollte sich mit Ihrer Adresse anmelden", subjects);
        Assert.Single(subjects, s => s!.StartsWith("Bitte bestätigen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_registrations_get_German_messages_and_nothing_is_stored()
    {
        var response = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers", new
        {
            email = "kein-at-zeichen", password = "kurz", displayName = "", privacyConsent = false,
            municipalities = new[] { "atlantis" }, skills = new[] { "jonglieren" }, languages = new[] { "xx:Z9" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "email", "password", "privacyConsent", "displayName", "municipalities", "skills", "languages" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        using var scope = _portal.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == "kein-at-zeichen"));
    }

    [Fact]
    public async Task A_forged_token_changes_nothing()
    {
        var response = await _portal.CreateClient().PostAsJsonAsync("/api/v1/volunteers/confirm", new { token = "Z2VmYWVsc2NodA" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ungültig", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task While_the_SMTP_server_is_down_mails_wait_and_then_arrive_exactly_once()
    {
        await _smtp.StopAsync();
        var reset = await _portal.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = PortalFactory.AdminEmail });
        Assert.Equal(HttpStatusCode.Accepted, reset.StatusCode);
        await TestAccounts.ProcessResetRequestsAsync(_portal);
        var sender = _portal.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(0, await sender.SendPendingAsync());
        Assert.NotNull(sender.Problem);
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var waiting = await db.OutboxMessages.SingleAsync(m => m.To == PortalFactory.AdminEmail && m.Purpose == "password-reset");
            Assert.Equal(OutboxStatus.Pending, waiting.Status);
            Assert.Equal(1, waiting.Attempts);
            Assert.NotNull(waiting.LastError);
        }

        await _smtp.StartAgainAsync();
        for (var i = 0; i < 50 && _smtp.MessagesTo(PortalFactory.AdminEmail).Count == 0; i++)
        {
            // The backoff waits 30 seconds and more; the test moves the due time instead of waiting. The portal's own
            // background sender may hold the row for a moment, so this repeats until the message is out.
            using var scope = _portal.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1)));
            await sender.SendPendingAsync();
            await Task.Delay(100);
        }

        await sender.SendPendingAsync();

        var delivered = _smtp.MessagesTo(PortalFactory.AdminEmail).Where(m => m.Subject == "IntegrationsNetz: Passwort setzen").ToList();
        Assert.Single(delivered);
        Assert.Null(sender.Problem);
    }

    private async Task<MimeMessage> DeliveredAsync(string to, string? subjectPart = null)
    {
        var sender = _portal.Services.GetRequiredService<OutboxSender>();
        await sender.SendPendingAsync();
        using var scope = _portal.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        Assert.True(_smtp.Messages().Count > 0, $"nothing delivered; sender problem: {sender.Problem}; outbox: {string.Join("; ", rows.Select(r => $"{r.To} {r.Status} {r.Attempts} {r.LastError}"))}; maildir: {string.Join(",", Directory.GetFileSystemEntries(_smtp.Maildir, "*", SearchOption.AllDirectories))}");
        return _smtp.MessagesTo(to).Last(m => subjectPart is null || m.Subject!.Contains(subjectPart, StringComparison.Ordinal));
    }

    private static string Selected(WebPage page, string name) =>
        ((AngleSharp.Html.Dom.IHtmlSelectElement)page.Document.QuerySelector($"select[name='{name}']")!).Value ?? string.Empty;

    private static Uri Link(MimeMessage mail, string path) =>
        new((mail.TextBody ?? string.Empty).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains(path, StringComparison.Ordinal)).Trim());

    private async Task<HttpClient> CoordinatorAsync()
    {
        await TestAccounts.EnsureAsync(_portal, "koordination@weinheim.example", "Coordinator", "weinheim");
        return await ApiClient.SignedInAsync(_portal, "koordination@weinheim.example", TestAccounts.DefaultPassword);
    }

    private async Task<Guid> VolunteerIdAsync(string email)
    {
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return (await db.Volunteers.SingleAsync(v => v.UserId == user.Id)).Id;
    }

    private sealed class WithSmtp(int port) : PortalFactory(new()
    {
        ["IntegrationsNetz:Smtp:Host"] = "127.0.0.1",
        ["IntegrationsNetz:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["IntegrationsNetz:Smtp:Security"] = "None",
        ["IntegrationsNetz:ImportContentOnFirstBoot"] = "true",
    });
}
