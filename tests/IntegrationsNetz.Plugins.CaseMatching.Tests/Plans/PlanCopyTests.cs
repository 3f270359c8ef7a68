using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Tests.Documents;
using IntegrationsNetz.Testing;
using UglyToad.PdfPig;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Plans;

/// <summary>
/// The person's own copy of the plan, printed by the manager in the person's language and read back with PdfPig as
/// an Arabic or Farsi reader reads it: right to left, shaped letters, the goals as the manager wrote them.
/// </summary>
public sealed class PlanCopyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LanguageGoal = "Integrationskurs bis B1 abschließen";

    [Fact]
    public async Task A_manager_prints_the_plan_in_Arabic_that_an_Arabic_reader_reads_right_to_left()
    {
        var (manager, caseId, code, course) = await CaseWithPlanAsync("plan-ar@eppelheim.example", "planabschrift-ar");

        var response = await manager.GetAsync($"/backoffice/cases/{caseId}/plan?handler=Pdf&language=ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal("خطة الاندماج الخاصة بي", document.Information.Title);
        }

        var lines = PdfText.Read(pdf).SelectMany(p => p).ToList();
        var rightToLeft = lines.Select(l => l.RightToLeft).ToList();
        Assert.Contains("خطة الاندماج الخاصة بي", rightToLeft);
        Assert.Contains("أهدافي", rightToLeft);
        Assert.Contains(rightToLeft, l => l.Contains("اللغة", StringComparison.Ordinal));
        Assert.Contains("نماذج الموافقة للتوقيع", rightToLeft);
        Assert.Contains("مشاركة احتياجي مع المتطوعين", rightToLeft);

        // The goal as written, German inside the right-to-left table; the date and the case code stay left to right.
        var leftToRight = lines.Select(l => l.LeftToRight).ToList();
        Assert.Contains(leftToRight, l => l.Contains(LanguageGoal, StringComparison.Ordinal));
        Assert.Contains(leftToRight, l => l.Contains(Today.AddDays(30).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(leftToRight, l => l.Contains(code, StringComparison.Ordinal));
        Assert.Contains(leftToRight, l => l.Contains($"Elternkurs Deutsch {course}", StringComparison.Ordinal));

        // The Arabic title line starts at the right margin.
        var title = lines.First(l => l.RightToLeft == "خطة الاندماج الخاصة بي");
        var body = lines.Where(l => l.Letters.Count > 20).ToList();
        Assert.True(title.Right > body.Average(l => l.Left) + 200, "the title should sit on the right");

        var log = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/access-log");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("what").GetString() == "Plan für die Person gedruckt (العربية)");
    }

    [Fact]
    public async Task The_plan_in_Farsi_and_in_Ukrainian_uses_their_words_and_an_unknown_language_is_refused()
    {
        var (manager, caseId, _, _) = await CaseWithPlanAsync("plan-fa@eppelheim.example", "planabschrift-fa");

        var farsi = PdfText.Read(await manager.GetByteArrayAsync($"/backoffice/cases/{caseId}/plan?handler=Pdf&language=fa"))
            .SelectMany(p => p).Select(l => l.RightToLeft).ToList();
        Assert.Contains("برنامه ادغام من", farsi);
        Assert.Contains("اهداف من", farsi);
        var ukrainian = PdfText.AllLines(await manager.GetByteArrayAsync($"/backoffice/cases/{caseId}/plan?handler=Pdf&language=uk"));
        Assert.Contains("Мій план інтеграції", ukrainian);
        Assert.Contains(ukrainian, l => l.Contains("Мова", StringComparison.Ordinal) && l.Contains(LanguageGoal, StringComparison.Ordinal));
        Assert.Contains(ukrainian, l => l.StartsWith("Згоди для підпису", StringComparison.Ordinal));

        var unknown = await manager.GetAsync($"/backoffice/cases/{caseId}/plan?handler=Pdf&language=xx");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Bitte eine der Sprachen des Portals wählen.", await unknown.Content.ReadAsStringAsync());

        var stranger = await ManagerAsync(factory, "plan-fremd@goeppingen.example", "goeppingen");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/backoffice/cases/{caseId}/plan?handler=Pdf&language=ar")).StatusCode);
    }

    private async Task<(HttpClient Manager, string CaseId, string Code, string Course)> CaseWithPlanAsync(string email, string course)
    {
        var manager = await ManagerAsync(factory, email, "eppelheim");
        var created = await CreateCaseAsync(manager);
        var caseId = created.GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "ProviderReferral");
        var goal = await AddGoalAsync(manager, caseId, "Sprache", LanguageGoal, reviewInDays: 30);
        await AddGoalAsync(manager, caseId, "Wohnen", "Größere Wohnung suchen", reviewInDays: 60);
        var need = await AddLanguageNeedAsync(manager, caseId, goal.GetProperty("id").GetString()!);
        var courseId = await PublishFittingCourseAsync(factory, course);
        var referral = await manager.PostAsJsonAsync($"/api/v1/needs/{need.GetProperty("id").GetString()}/referrals", new { offerId = courseId });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var code = (await manager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("code").GetString()!;
        return (manager, caseId, code, course);
    }
}
