using System.Globalization;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// A coordinator's morning, at a desk and on a phone: the start page says what waits, and each line leads to where it is
/// done: a volunteer waiting for approval is approved, a conduct certificate due again is recorded as seen, an offer
/// nobody checked for half a year is marked as checked. Every page on the way passes <see cref="PageChecks"/>.
/// </summary>
public sealed class CoordinatorJourneyTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, "goeppingen")]
    [InlineData(360, "muehlacker")]
    public async Task A_coordinator_works_off_the_start_page_approval_conduct_check_and_unchecked_offer(int width, string municipality)
    {
        var coordinator = $"koordination@{municipality}.example";
        await TestAccounts.EnsureAsync(portal, coordinator, Roles.Coordinator, municipality);
        var waiting = $"wartet.{municipality}@ehrenamt.example";
        var due = $"zeugnis.{municipality}@ehrenamt.example";
        await VolunteerTestData.WithoutLoginAsync(portal, waiting, "Linde", new(Municipality: municipality, Status: VolunteerStatus.AwaitingApproval));
        await VolunteerTestData.WithoutLoginAsync(portal, due, "Ahorn", new(Municipality: municipality, ConductCheck: true));
        var offer = await SetUpDueChecksAsync(due, municipality);

        var page = await portal.NewPageAsync(width, width > 1000 ? 900 : 740);
        async Task<IResponse> StartAsync()
        {
            var start = await page.GotoAsync("/backoffice");
            await PageChecks.AssertSoundAsync(page, start);
            return start!;
        }

        async Task FollowAsync(ILocator target)
        {
            await BrowserPages.AssertOnScreenAsync(page, target);
            await PageChecks.AssertSoundAsync(page, await PageChecks.NavigationAsync(page, () => target.ClickAsync()));
        }

        ILocator TaskLine(string text) => page.Locator("#tasks a", new() { HasText = text });
        ILocator Row(string email) => page.Locator("tbody tr", new() { HasText = email });

        await BrowserPages.SignInAsync(page, coordinator, TestAccounts.DefaultPassword);

        // A volunteer waits for approval: the urgent line on the start page leads to the list, where one button approves.
        await StartAsync();
        await FollowAsync(TaskLine("1 Person aus dem Ehrenamt wartet auf Freischaltung"));
        Assert.EndsWith("/backoffice/volunteers", page.Url, StringComparison.Ordinal);
        await FollowAsync(Row(waiting).Locator("form[action*='handler=Approve'] button"));
        Assert.Contains("Freigeschaltet", await page.Locator("main [role=status]").TextContentAsync());
        Assert.Equal("freigeschaltet", (await Row(waiting).Locator("td[data-label='Status']").TextContentAsync())!.Trim());
        Assert.Equal(0, await Row(waiting).Locator("form[action*='handler=Approve']").CountAsync());

        // A conduct certificate must be seen again: the coordinator records that it was seen today.
        await StartAsync();
        await FollowAsync(TaskLine("1 Führungszeugnis muss erneut eingesehen werden"));
        var today = Clock.TodayInGermany(TimeProvider.System);
        await Row(due).Locator("input[type=date]").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FollowAsync(Row(due).Locator("form[action*='handler=ConductCertificate'] button"));
        Assert.Contains("nicht das Dokument", await page.Locator("main [role=status]").TextContentAsync());
        var german = CultureInfo.GetCultureInfo("de");
        Assert.Contains($"gesehen am {today.ToString("d", german)} von {coordinator}, erneut vorlegen bis {today.AddYears(5).ToString("d", german)}", await Row(due).TextContentAsync());

        // An offer nobody checked for half a year: the list of those offers, the offer, "last checked" today, saved.
        await StartAsync();
        Assert.DoesNotContain("Führungszeugnis", await page.Locator("#tasks").TextContentAsync());
        Assert.DoesNotContain("wartet auf Freischaltung", await page.Locator("#tasks").TextContentAsync());
        await FollowAsync(TaskLine("1 Angebot wurde seit 6 Monaten nicht geprüft"));
        Assert.Contains("unchecked=true", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        await FollowAsync(page.Locator($"tbody tr a[href='/backoffice/offers/{offer}']"));
        await page.FillAsync("#Input_LastCheckedOn", today.ToString("dd.MM.yyyy", german));
        await FollowAsync(page.Locator("main form.offer-form button[type=submit]").First);
        Assert.Contains("gespeichert", await page.Locator("main [role=status]").TextContentAsync());
        Assert.Equal(today.ToString("dd.MM.yyyy", german), await page.InputValueAsync("#Input_LastCheckedOn"));

        await PageChecks.AssertSoundAsync(page, await page.GotoAsync("/backoffice/offers?unchecked=true"));
        Assert.Equal(0, await page.Locator("tbody tr").CountAsync());

        // Done: the start page has nothing left to do, and its charts show every label whole.
        await StartAsync();
        Assert.Contains("nichts zu tun", await page.Locator("#tasks-heading + p").TextContentAsync());
        var cut = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('svg.chart text')].filter(t => t.getBBox().x < 0).map(t => t.textContent)");
        Assert.True(cut.Length == 0, $"chart labels cut off at the left: {string.Join(", ", cut)}");
        if (width == 1280)
        {
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ScreenshotPath("journey-coordinator-1280"), FullPage = true });
        }
    }

    /// <summary>
    /// The volunteer's conduct certificate was seen five years and a week ago, so it is due again; one offer of the
    /// municipality (one that serves only this municipality) was last checked seven months ago. The demo offers are all
    /// checked within the last months, so this is the only one due.
    /// </summary>
    private async Task<Guid> SetUpDueChecksAsync(string volunteerEmail, string municipality)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = Clock.TodayInGermany(TimeProvider.System);
        var user = await db.Users.SingleAsync(u => u.Email == volunteerEmail);
        await db.Volunteers.Where(v => v.UserId == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(v => v.ConductCertificateSeenOn, today.AddYears(-5).AddDays(-7))
            .SetProperty(v => v.ConductCertificateRecheckOn, today.AddDays(-7)));
        var offer = await db.Offers.Where(o => o.Municipalities.Count == 1 && o.Municipalities.Any(m => m.Slug == municipality)).OrderBy(o => o.Slug).Select(o => o.Id).FirstAsync();
        await db.Offers.Where(o => o.Id == offer).ExecuteUpdateAsync(s => s.SetProperty(o => o.LastCheckedOn, today.AddMonths(-7)));
        return offer;
    }
}
