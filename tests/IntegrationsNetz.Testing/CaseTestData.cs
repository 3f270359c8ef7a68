using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Testing;

/// <summary>Cases, goals, needs and offers made through the API (or the offer service) the way a manager or editor would.</summary>
public static class CaseTestData
{
    public static DateOnly Today => CaseDay.Today(TimeProvider.System);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<JsonElement> CreateCaseAsync(HttpClient manager, string municipality = "eppelheim")
    {
        var response = await manager.PostAsJsonAsync("/api/v1/cases", new { municipality, household = "SingleParent", householdSize = "ThreeToFour" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task GiveConsentAsync(HttpClient manager, string caseId, string purpose)
    {
        var response = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/consents", new { purpose, action = "give", textVersion = ConsentTexts.CurrentVersion });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonElement> AddGoalAsync(HttpClient manager, string caseId, string area, string description, int reviewInDays = 30)
    {
        var response = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals",
            new { area, description, reviewDate = Iso(Today.AddDays(reviewInDays)), targetDate = Iso(Today.AddDays(180)) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> AddLanguageNeedAsync(HttpClient manager, string caseId, string goalId, string municipality = "eppelheim")
    {
        var response = await manager.PostAsJsonAsync($"/api/v1/cases/{caseId}/goals/{goalId}/needs", new
        {
            municipality,
            germanLevel = "A2",
            childcareNeeded = true,
            languages = new[] { "ar" },
            timeWindows = new[] { "Monday:Morning", "Wednesday:Morning" },
            maxTravelKm = 15,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// A published course that fits the standard language need in every respect, with dates relative to today so the
    /// expectations do not age with the demo data.
    /// </summary>
    public static async Task<Guid> PublishFittingCourseAsync(PortalFactory factory, string slug, string municipality = "eppelheim")
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var place = await db.Municipalities.SingleAsync(m => m.Slug == municipality);
        var course = new LanguageCourse
        {
            Slug = slug,
            Status = OfferStatus.Published,
            Texts = [new OfferText { Culture = "de", Title = $"Elternkurs Deutsch {slug}", Description = "Integrationskurs für Eltern mit Kinderbetreuung." }],
            Municipalities = [place],
            ProviderName = "Bildungsträger Beispiel",
            City = place.Name,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            CourseType = CourseType.IntegrationskursEltern,
            LevelFrom = CefrLevel.A2,
            LevelTo = CefrLevel.B1,
            StartsOn = Today.AddDays(12),
            EndsOn = Today.AddDays(200),
            Weekdays = [DayOfWeek.Monday, DayOfWeek.Wednesday],
            TimeFrom = new TimeOnly(9, 0),
            TimeTo = new TimeOnly(12, 0),
            Format = CourseFormat.InPerson,
            Childcare = true,
            Cost = CourseCost.Funded,
            Places = 16,
            PlacesTaken = 12,
        };
        var result = await scope.ServiceProvider.GetRequiredService<OfferService>().SaveAsync(course, IntegrationsNetz.Core.Common.StaffActor.System);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return course.Id;
    }

    /// <summary>
    /// A published volunteer request of a manager of Eppelheim: accompaniment to the Ausländerbehörde today, 9 to 11,
    /// for a volunteer who speaks <paramref name="language"/> (its German name in <paramref name="languageName"/>).
    /// </summary>
    public static async Task<(HttpClient Manager, string RequestId)> PublishedAccompanimentRequestAsync(
        PortalFactory factory, string managerEmail, string language, string languageName)
    {
        var manager = await ManagerAsync(factory, managerEmail, "eppelheim");
        var caseId = (await CreateCaseAsync(manager)).GetProperty("id").GetString()!;
        await GiveConsentAsync(manager, caseId, "VolunteerSharing");
        var goalId = (await AddGoalAsync(manager, caseId, "Aufenthaltsrecht", "Termin bei der Ausländerbehörde")).GetProperty("id").GetString()!;
        var needId = (await AddLanguageNeedAsync(manager, caseId, goalId)).GetProperty("id").GetString()!;
        var created = await manager.PostAsJsonAsync($"/api/v1/needs/{needId}/requests", new
        {
            title = "Begleitung zur Ausländerbehörde",
            description = $"Begleitung zu einem Termin, Übersetzung {languageName}–Deutsch.",
            skills = new[] { "accompaniment" },
            languages = new[] { language },
            on = Iso(Today),
            from = "09:00",
            until = "11:00",
        });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The request was not created: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await manager.PostAsync($"/api/v1/requests/{id}/publish", null)).EnsureSuccessStatusCode();
        return (manager, id);
    }

    public static async Task<HttpClient> ManagerAsync(PortalFactory factory, string email, params string[] municipalities)
    {
        await TestAccounts.EnsureAsync(factory, email, IntegrationsNetz.Core.Accounts.Roles.Manager, municipalities);
        return await ApiClient.SignedInAsync(factory, email, TestAccounts.DefaultPassword);
    }

    public static async Task<Guid> UserIdAsync(PortalFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
    }

    /// <summary>A 400 answer as problem+json with a message for the field that starts as given.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").GetProperty(char.ToLowerInvariant(field[0]) + field[1..]);
        Assert.Contains(errors.EnumerateArray(), e => e.GetString()!.StartsWith(message, StringComparison.Ordinal));
    }
}
