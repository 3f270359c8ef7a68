using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Reports;
using IntegrationsNetz.Plugins.CaseMatching.Retention;
using IntegrationsNetz.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Reports;

/// <summary>
/// Key figures of the cooperation Oftersheim–Plankstadt–Eppelheim for 2025 from a fixed set of cases: counted only
/// with statistics consent, small numbers suppressed so that no total gives one away, outcomes from the plans'
/// history, the same figures as JSON, CSV and XLSX, and only for those whose scope covers the unit.
/// </summary>
public sealed class KeyFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Cooperation = "cooperation:oftersheim-plankstadt-eppelheim";
    private const string Coordinator = "koordination@kennzahlen.example";
    private const string SecretNote = "Notiz nur für die Akte";
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    [Fact]
    public async Task The_coordinator_sees_the_cooperations_figures_for_last_year_counted_only_with_consent_and_small_numbers_suppressed()
    {
        var client = await CoordinatorAsync();

        var figures = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/key-figures?year=2025&unit={Cooperation}");

        Assert.Equal("15", Text(figures.GetProperty("counted")));
        Assert.Equal("< 5", Text(figures.GetProperty("leftOut")));
        // Closed in 2025 and deleted since: in no table, but the report says how many.
        Assert.Equal("7", Text(figures.GetProperty("deleted")));
        var cases = Table(figures, KeyFigureTables.Cases);
        // 12 new and 3 carried over: the 3 is suppressed, so the 12 must be too (15 - 12 would give it away).
        Assert.Equal(["x", "< 5", "15"], Column(cases, 0));
        var durations = Table(figures, KeyFigureTables.Durations);
        Assert.Equal(["6", "< 5", "< 5", "< 5", "7"], Column(durations, 0));
        var months = Table(figures, KeyFigureTables.Months);
        Assert.Equal(12, months.GetProperty("rows").GetArrayLength());
        Assert.All(Column(months, 0).SkipLast(1), cell => Assert.Equal("< 5", cell));
        var outcomes = Table(figures, KeyFigureTables.Outcomes);
        Assert.Equal(["6", "< 5", "< 5", "< 5", "< 5"], outcomes.GetProperty("rows").EnumerateArray().Select(r => Text(r.GetProperty("cells")[0])));
        var german = Table(figures, KeyFigureTables.GermanLevels);
        Assert.Equal("A1 → B1", german.GetProperty("rows")[0].GetProperty("label").GetString());
        Assert.Equal(["5", "5"], Column(german, 0));
        var goals = Table(figures, KeyFigureTables.Goals);
        var language = goals.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "Sprache");
        Assert.Equal("8", Text(language.GetProperty("total")));

        foreach (var table in figures.GetProperty("tables").EnumerateArray())
        {
            AssertNothingSmallIsShown(table);
            AssertNoSumGivesAwayOneSuppressedCell(table);
        }
    }

    [Fact]
    public async Task The_exports_hold_the_same_published_figures_and_nothing_from_inside_a_case_and_each_is_logged()
    {
        var client = await CoordinatorAsync();
        var logged = await ExportsLoggedAsync();

        var csv = await client.GetAsync($"/api/v1/reports/key-figures/export?year=2025&unit={Cooperation}&format=csv");
        var xlsx = await client.GetAsync($"/backoffice/reports?handler=Xlsx&unit={Cooperation}&year=2025&years=1");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF", text);
        Assert.Contains("Gezählte Fälle (mit Einwilligung in die Statistik);15", text);
        Assert.Contains("A1 → B1;5", text);
        Assert.Contains("Im Zeitraum abgeschlossen und nach Ablauf der Aufbewahrungsfrist gelöscht (in keiner Tabelle enthalten);7", text);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetFormattedString()).ToList();
        Assert.Contains("15", cells);
        Assert.Contains("< 5", cells);
        Assert.Contains("x", cells);
        foreach (var export in new[] { text }.Concat(cells))
        {
            Assert.DoesNotContain("KF-2025-", export);
            Assert.DoesNotContain(SecretNote, export);
            Assert.DoesNotContain("Deutsch lernen bis B1", export);
        }

        // Every number in the workbook is a published one: 5 or more.
        Assert.All(workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.DataType == XLDataType.Number), c => Assert.True(c.GetDouble() >= 5));
        Assert.Equal(logged + 2, await ExportsLoggedAsync());
    }

    [Fact]
    public async Task The_report_page_shows_the_figures_with_charts_and_tables_and_refuses_what_it_cannot_report()
    {
        var client = await CoordinatorAsync();

        var page = await client.GetStringAsync($"/backoffice/reports?unit={Cooperation}&year=2025&years=1");
        Assert.Contains("Oftersheim, Plankstadt, Eppelheim", page.Replace(" – ", ", "), StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\" role=\"img\"", page);
        Assert.Contains("<title id=\"chart-goals-title\">", page);
        Assert.Contains("<th scope=\"row\">Sprache</th>", page);
        Assert.Contains("Aufbewahrungsfrist gelöscht (in keiner Tabelle enthalten)</dt>\n            <dd>7</dd>", page.Replace("\r", string.Empty), StringComparison.Ordinal);

        var future = await client.GetAsync($"/backoffice/reports?unit={Cooperation}&year={DateTime.UtcNow.Year + 1}");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("liegt in der Zukunft", await future.Content.ReadAsStringAsync());
        var futureApi = await client.GetAsync($"/api/v1/reports/key-figures?year={DateTime.UtcNow.Year + 1}&unit={Cooperation}");
        await CaseTestData.AssertProblemAsync(futureApi, "year", $"Das Jahr {DateTime.UtcNow.Year + 1} liegt in der Zukunft; dafür gibt es noch keine Kennzahlen.");
        await CaseTestData.AssertProblemAsync(
            await client.GetAsync($"/api/v1/reports/key-figures?year=2025&years=3&unit={Cooperation}"), "years", "Bitte einen Zeitraum von einem oder zwei Jahren wählen.");
        await CaseTestData.AssertProblemAsync(
            await client.GetAsync($"/api/v1/reports/key-figures?year=2010&unit={Cooperation}"), "year", "Kennzahlen gibt es ab dem Jahr 2017.");
        var empty = await client.GetAsync("/api/v1/reports/key-figures?year=2019&unit=municipality:oftersheim");
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
        Assert.Contains("keine Fälle", await empty.Content.ReadAsStringAsync());
        var emptyExport = await client.GetAsync("/api/v1/reports/key-figures/export?year=2019&unit=municipality:oftersheim&format=xlsx");
        Assert.Equal(HttpStatusCode.NotFound, emptyExport.StatusCode);
        Assert.StartsWith("application/problem+json", emptyExport.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_unit_outside_the_coordinators_scope_is_refused_and_managers_get_no_figures()
    {
        await SeedAsync();
        await TestAccounts.EnsureAsync(factory, "koordination@nur-oftersheim.example", Roles.Coordinator, "oftersheim");
        var narrow = await ApiClient.SignedInAsync(factory, "koordination@nur-oftersheim.example", TestAccounts.DefaultPassword);
        await TestAccounts.EnsureAsync(factory, "im@kennzahlen.example", Roles.Manager, "oftersheim", "plankstadt", "eppelheim");
        var manager = await ApiClient.SignedInAsync(factory, "im@kennzahlen.example", TestAccounts.DefaultPassword);
        var admin = await ApiClient.SignedInAsync(factory, PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        var wider = await narrow.GetAsync($"/api/v1/reports/key-figures?year=2025&unit={Cooperation}");
        Assert.Equal(HttpStatusCode.NotFound, wider.StatusCode);
        Assert.Contains("Diese Einheit gibt es nicht oder Sie dürfen ihre Kennzahlen nicht sehen.", await wider.Content.ReadAsStringAsync());
        var own = await narrow.GetFromJsonAsync<JsonElement>("/api/v1/reports/key-figures?year=2025&unit=municipality:oftersheim");
        Assert.Equal("Oftersheim", own.GetProperty("unitName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/v1/reports/key-figures?year=2025&unit={Cooperation}")).StatusCode);
        var portal = await admin.GetFromJsonAsync<JsonElement>("/api/v1/reports/key-figures?year=2025&unit=portal");
        // The portal also counts the Weinheim case.
        Assert.Equal("16", Text(portal.GetProperty("counted")));
        Assert.Equal("16", Text(portal.GetProperty("deleted")));
        var oftersheim = await narrow.GetFromJsonAsync<JsonElement>("/api/v1/reports/key-figures?year=2025&unit=municipality:oftersheim");
        Assert.Equal("< 5", Text(oftersheim.GetProperty("deleted")));
        var twoYears = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/key-figures?year=2024&years=2&unit={Cooperation}");
        Assert.Equal(24, Table(twoYears, KeyFigureTables.Months).GetProperty("rows").GetArrayLength());
        Assert.Equal("13", Text(twoYears.GetProperty("deleted")));
    }

    private static void AssertNothingSmallIsShown(JsonElement table)
    {
        foreach (var cell in Cells(table))
        {
            if (cell.GetProperty("value").ValueKind == JsonValueKind.Number)
            {
                Assert.True(cell.GetProperty("value").GetInt32() >= SmallNumbers.Threshold, $"{table.GetProperty("key")}: {cell}");
            }
        }
    }

    /// <summary>In every row and column with a shown total, either no cell or at least two are suppressed.</summary>
    private static void AssertNoSumGivesAwayOneSuppressedCell(JsonElement table)
    {
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        static bool Hidden(JsonElement c) => c.GetProperty("value").ValueKind == JsonValueKind.Null;
        foreach (var row in rows.Where(r => r.GetProperty("total").ValueKind == JsonValueKind.Object))
        {
            var members = row.GetProperty("cells").EnumerateArray().Append(row.GetProperty("total")).ToList();
            Assert.NotEqual(1, members.Count(Hidden));
        }

        if (table.GetProperty("columnTotals").ValueKind == JsonValueKind.Array)
        {
            var totals = table.GetProperty("columnTotals").EnumerateArray().ToList();
            for (var c = 0; c < totals.Count; c++)
            {
                var members = rows.Select(r => r.GetProperty("cells")[c]).Append(totals[c]).ToList();
                Assert.NotEqual(1, members.Count(Hidden));
            }
        }
    }

    private static IEnumerable<JsonElement> Cells(JsonElement table)
    {
        foreach (var row in table.GetProperty("rows").EnumerateArray())
        {
            foreach (var cell in row.GetProperty("cells").EnumerateArray())
            {
                yield return cell;
            }
        }
    }

    private static JsonElement Table(JsonElement figures, string key) =>
        figures.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);

    /// <summary>The texts of a column, its total last.</summary>
    private static List<string> Column(JsonElement table, int column) =>
        table.GetProperty("rows").EnumerateArray().Select(r => Text(r.GetProperty("cells")[column]))
            .Append(Text(table.GetProperty("columnTotals")[column])).ToList();

    private static string Text(JsonElement cell) => cell.GetProperty("text").GetString()!;

    private async Task<HttpClient> CoordinatorAsync()
    {
        await SeedAsync();
        await TestAccounts.EnsureAsync(factory, Coordinator, Roles.Coordinator, "oftersheim", "plankstadt", "eppelheim");
        return await ApiClient.SignedInAsync(factory, Coordinator, TestAccounts.DefaultPassword);
    }

    private async Task<int> ExportsLoggedAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ReportExportEntry>().CountAsync(e => e.UserEmail == Coordinator);
    }

    /// <summary>
    /// 2025 in the cooperation: 12 cases opened with consent (6 closed within the year), 3 carried over from 2023
    /// (one closed in 2025 after about two and a half years), 2 without consent, 1 closed in 2024, and a Weinheim
    /// case outside the cooperation. 8 language goals (6 reached, 5 of them after an A1 → B1 course) and 3 work goals
    /// (1 reached).
    /// </summary>
    private async Task SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (_seeded && await CountAsync() > 0)
            {
                return;
            }

            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var municipalities = await db.Municipalities.Where(m => new[] { "oftersheim", "plankstadt", "eppelheim", "weinheim" }.Contains(m.Slug))
                .ToDictionaryAsync(m => m.Slug, m => m.Id);
            var course = await db.Offers.OfType<LanguageCourse>().FirstAsync();
            course.LevelFrom = CefrLevel.A1;
            course.LevelTo = CefrLevel.B1;
            var owner = Guid.CreateVersion7();
            var number = 0;
            Case Add(string slug, DateOnly opened, DateOnly? closed, bool consent)
            {
                var c = new Case
                {
                    Id = Guid.CreateVersion7(),
                    Code = $"KF-2025-{++number:0000}",
                    MunicipalityId = municipalities[slug],
                    OwnerId = owner,
                    Household = HouseholdType.FamilyWithChildren,
                    HouseholdSize = HouseholdSize.ThreeToFour,
                    Status = closed is null ? CaseStatus.Open : CaseStatus.Closed,
                    OpenedOn = opened,
                    ClosedOn = closed,
                    Notes = SecretNote,
                    UpdatedAt = DateTime.UtcNow,
                };
                if (consent)
                {
                    c.Consents.Add(new Consent { Id = Guid.CreateVersion7(), Purpose = ConsentPurpose.Statistics, TextVersion = ConsentTexts.CurrentVersion, GivenOn = opened, RecordedBy = "test", RecordedAt = DateTime.UtcNow });
                }

                db.Add(c);
                return c;
            }

            var slugs = new[] { "oftersheim", "plankstadt", "eppelheim" };
            var opened2025 = Enumerable.Range(0, 12)
                .Select(i => Add(slugs[i % 3], new DateOnly(2025, 1 + i, 10), i < 6 ? new DateOnly(2025, 12, 1) : null, consent: true)).ToList();
            var carried = new[]
            {
                Add("oftersheim", new DateOnly(2023, 3, 1), new DateOnly(2025, 9, 30), consent: true),
                Add("plankstadt", new DateOnly(2023, 5, 1), null, consent: true),
                Add("eppelheim", new DateOnly(2023, 6, 1), null, consent: true),
            };
            Add("oftersheim", new DateOnly(2025, 2, 1), null, consent: false);
            Add("plankstadt", new DateOnly(2024, 11, 1), null, consent: false);
            Add("eppelheim", new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 1), consent: true);
            Add("weinheim", new DateOnly(2025, 4, 1), null, consent: true);

            var counted = opened2025.Concat(carried).ToList();
            for (var i = 0; i < 8; i++)
            {
                var goal = Goal(db, counted[i], GoalArea.Sprache, i < 6 ? GoalStatus.Achieved : GoalStatus.InProgress);
                if (i < 5)
                {
                    var need = new Need { Id = Guid.CreateVersion7(), CaseId = counted[i].Id, GoalId = goal.Id, Area = GoalArea.Sprache, MunicipalityId = counted[i].MunicipalityId, GermanLevel = CefrLevel.A1, CreatedAt = DateTime.UtcNow, CreatedBy = "test" };
                    var referral = new Referral { Id = Guid.CreateVersion7(), NeedId = need.Id, OfferId = course.Id, OfferTitle = "Kurs", Status = ReferralStatus.Completed, CreatedAt = new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), UpdatedAt = DateTime.UtcNow };
                    referral.Events.Add(new ReferralEvent { Id = Guid.CreateVersion7(), Status = ReferralStatus.Suggested, On = new DateOnly(2025, 3, 1), ChangedBy = "test", ChangedAt = new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc) });
                    referral.Events.Add(new ReferralEvent { Id = Guid.CreateVersion7(), Status = ReferralStatus.Completed, On = new DateOnly(2025, 10, 1), ChangedBy = "test", ChangedAt = new DateTime(2025, 10, 1, 9, 0, 0, DateTimeKind.Utc) });
                    need.Referrals.Add(referral);
                    db.Add(need);
                }
            }

            for (var i = 8; i < 11; i++)
            {
                Goal(db, counted[i], GoalArea.Arbeit, i == 8 ? GoalStatus.Achieved : GoalStatus.Open);
            }

            // What retention left of cases it deleted: 7 closed in 2025 in the cooperation, 6 in 2024, 9 in Weinheim.
            RetainedCount Retained(string slug, int year, int cases) =>
                new() { Id = Guid.CreateVersion7(), MunicipalityId = municipalities[slug], ClosedYear = year, Cases = cases, Goals = cases };
            db.AddRange(Retained("oftersheim", 2025, 4), Retained("eppelheim", 2025, 3), Retained("plankstadt", 2024, 6), Retained("weinheim", 2025, 9));

            await db.SaveChangesAsync();
            _seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    /// <summary>A goal set in its first conversation in 2025 and, if it moved, changed in a second one.</summary>
    private static Goal Goal(PortalDbContext db, Case c, GoalArea area, GoalStatus status)
    {
        var first = new DateOnly(2025, Math.Max(c.OpenedOn.Year == 2025 ? c.OpenedOn.Month : 1, 1), 15);
        var goal = new Goal { Id = Guid.CreateVersion7(), CaseId = c.Id, Area = area, Description = "Deutsch lernen bis B1", Status = status, ConversationOn = first, Version = 1, UpdatedAt = DateTime.UtcNow };
        goal.Revisions.Add(new GoalRevision { Id = Guid.CreateVersion7(), Version = 1, ConversationOn = first, Area = area, Description = goal.Description, Status = GoalStatus.Open, ChangedBy = "test", ChangedAt = DateTime.UtcNow });
        if (status != GoalStatus.Open)
        {
            var second = first.AddDays(30);
            goal.Version = 2;
            goal.ConversationOn = second;
            goal.Revisions.Add(new GoalRevision { Id = Guid.CreateVersion7(), Version = 2, ConversationOn = second, Area = area, Description = goal.Description, Status = status, ChangedBy = "test", ChangedAt = DateTime.UtcNow });
        }

        db.Add(goal);
        return goal;
    }

    private async Task<int> CountAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Case>().CountAsync(c => c.Code.StartsWith("KF-2025-"));
    }
}
