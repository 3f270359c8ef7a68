using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Testing;
using IntegrationsNetz.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrationsNetz.Testing.CaseTestData;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// One data set for the whole matrix: municipality A (Eppelheim) holds the resources, B (Göppingen) is the
/// neighbour; a case of A's manager with a goal, a need and a referral; substitutes before, during and after.
/// </summary>
public sealed class MatrixWorld
{
    public const string A = "eppelheim";
    public const string B = "goeppingen";

    private int _counter;

    private MatrixWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }

    /// <summary>Caller key -> caller; the keys are the columns of the table.</summary>
    public Dictionary<string, Caller> Callers { get; } = [];

    public Guid OfferA { get; private set; }

    public string OfferASlug { get; private set; } = string.Empty;

    public JsonObject OfferADto { get; private set; } = [];

    public Guid CaseA { get; private set; }

    public Guid GoalA { get; private set; }

    public Guid NeedA { get; private set; }

    public Guid ReferralA { get; private set; }

    /// <summary>A published request of case A that the matrix volunteer signed up for.</summary>
    public Guid RequestA { get; private set; }

    public Guid SignupA { get; private set; }

    public Guid PageA { get; private set; }

    public Guid TeamA { get; private set; }

    public Guid CooperationA { get; private set; }

    public Guid MunicipalityA { get; private set; }

    public Guid DistrictA { get; private set; }

    public Guid ProviderA { get; private set; }

    public Guid EditorA { get; private set; }

    public Guid ManagerA { get; private set; }

    public Guid ManagerA2 { get; private set; }

    public static readonly IReadOnlyList<string> CallerKeys =
        ["anon", "vol", "edA", "edB", "mgA", "mgB", "subBefore", "subDuring", "subAfter", "coA", "coB", "admin"];

    public int Next() => Interlocked.Increment(ref _counter);

    public static async Task<MatrixWorld> CreateAsync(PortalFactory factory)
    {
        var w = new MatrixWorld(factory);
        await TestAccounts.EnsureAsync(factory, "matrix-ehrenamt@eppelheim.example", Roles.Volunteer);
        await w.VolunteerProfileAsync("matrix-ehrenamt@eppelheim.example");
        var staff = new (string Key, string Email, string Role, string Municipality)[]
        {
            ("edA", "matrix-redaktion@eppelheim.example", Roles.Editor, A),
            ("edB", "matrix-redaktion@goeppingen.example", Roles.Editor, B),
            ("mgA", "matrix-im@eppelheim.example", Roles.Manager, A),
            ("mgB", "matrix-im@goeppingen.example", Roles.Manager, B),
            ("subBefore", "matrix-im-vorher@weinheim.example", Roles.Manager, "weinheim"),
            ("subDuring", "matrix-im-waehrend@weinheim.example", Roles.Manager, "weinheim"),
            ("subAfter", "matrix-im-nachher@weinheim.example", Roles.Manager, "weinheim"),
            ("coA", "matrix-koordination@eppelheim.example", Roles.Coordinator, A),
            ("coB", "matrix-koordination@goeppingen.example", Roles.Coordinator, B),
        };
        foreach (var (_, email, role, municipality) in staff)
        {
            await TestAccounts.EnsureAsync(factory, email, role, municipality);
        }

        await TestAccounts.EnsureAsync(factory, "matrix-im2@eppelheim.example", Roles.Manager, A);
        w.Callers["anon"] = await Caller.AnonymousAsync(factory);
        w.Callers["vol"] = await Caller.SignInAsync(factory, "vol", "matrix-ehrenamt@eppelheim.example");
        foreach (var (key, email, _, _) in staff)
        {
            w.Callers[key] = await Caller.SignInAsync(factory, key, email);
        }

        w.Callers["admin"] = await Caller.SignInAsync(factory, "admin", PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        w.EditorA = await UserIdAsync(factory, "matrix-redaktion@eppelheim.example");
        w.ManagerA = await UserIdAsync(factory, "matrix-im@eppelheim.example");
        w.ManagerA2 = await UserIdAsync(factory, "matrix-im2@eppelheim.example");
        await w.CaseAsync();
        await w.ReferenceDataAsync();
        return w;
    }

    /// <summary>A fresh authority of A for calls that use it up (delete).</summary>
    public async Task<Guid> NewOfferAAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var offer = new Authority
        {
            Slug = $"matrix-amt-{Next()}", Status = OfferStatus.Published, AuthorityType = AuthorityType.Buergeramt,
            Texts = [new OfferText { Culture = "de", Title = "Matrix-Amt" }], Municipalities = [await db.Municipalities.SingleAsync(m => m.Slug == A)],
        };
        Assert.True((await scope.ServiceProvider.GetRequiredService<OfferService>().SaveAsync(offer, StaffActor.System)).Succeeded);
        return offer.Id;
    }

    /// <summary>A fresh request of case A (a draft, or published), for calls that use it up (publish, cancel, sign up).</summary>
    public async Task<Guid> NewRequestAAsync(bool publish = true)
    {
        var owner = Callers["mgA"].Api;
        var created = await owner.PostAsJsonAsync($"/api/v1/needs/{NeedA}/requests", new { title = "Matrix-Begleitung", description = "Begleitung zum Rathaus.", places = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (publish)
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/api/v1/requests/{id}/publish", null)).StatusCode);
        }

        return id;
    }

    /// <summary>A fresh published request of case A with a pending sign-up of the matrix volunteer, for calls that decide it.</summary>
    public async Task<(Guid Request, Guid Signup)> NewSignupAAsync()
    {
        var request = await NewRequestAAsync();
        var signup = await Callers["vol"].Api.PostAsJsonAsync($"/api/v1/requests/{request}/signups", new { });
        Assert.Equal(HttpStatusCode.Created, signup.StatusCode);
        return (request, (await signup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    /// <summary>A fresh volunteer of A waiting for approval, for calls that use it up (approve).</summary>
    public async Task<Guid> NewVolunteerAAsync()
    {
        var email = $"matrix-ehrenamt-{Next()}@eppelheim.example";
        using var scope = Factory.Services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>()
            .CreateAsync(new PortalUser { UserName = email, Email = email, EmailConfirmed = true })).Succeeded);
        return await VolunteerProfileAsync(email, VolunteerStatus.AwaitingApproval);
    }

    /// <summary>Another signed-in volunteer of A, for the call that deletes the caller's own account.</summary>
    public async Task<Caller> NewVolunteerCallerAsync()
    {
        var email = $"matrix-ehrenamt-{Next()}@eppelheim.example";
        await TestAccounts.CreateAsync(Factory, email, Roles.Volunteer);
        await VolunteerProfileAsync(email);
        return await Caller.SignInAsync(Factory, "vol", email);
    }

    /// <summary>A fresh page of A for calls that use it up (delete).</summary>
    public async Task<Guid> NewPageAAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var pages = scope.ServiceProvider.GetRequiredService<Core.Content.PageService>();
        var result = await pages.CreateAsync(new Core.Content.CreatePage(MunicipalityA, null, $"matrix-seite-{Next()}", 0, "Matrix", "Text"), Core.Common.StaffActor.System);
        return result.Value!.Id;
    }

    private async Task<Guid> VolunteerProfileAsync(string email, VolunteerStatus status = VolunteerStatus.Approved)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var volunteer = new Volunteer
        {
            Id = Guid.CreateVersion7(), UserId = user.Id, DisplayName = "Matrix", Status = status, CreatedAt = DateTime.UtcNow,
            Municipalities = [await db.Municipalities.SingleAsync(m => m.Slug == A)], UnsubscribeToken = Guid.NewGuid().ToString("N"),
        };
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        return volunteer.Id;
    }

    private async Task CaseAsync()
    {
        var owner = Callers["mgA"].Api;
        CaseA = (await CreateCaseAsync(owner)).GetProperty("id").GetGuid();
        await GiveConsentAsync(owner, CaseA.ToString(), "ProviderReferral");
        await GiveConsentAsync(owner, CaseA.ToString(), "VolunteerSharing");
        GoalA = (await AddGoalAsync(owner, CaseA.ToString(), "Sprache", "Deutschkurs finden")).GetProperty("id").GetGuid();
        NeedA = (await AddLanguageNeedAsync(owner, CaseA.ToString(), GoalA.ToString())).GetProperty("id").GetGuid();
        var offer = await PublishFittingCourseAsync(Factory, "matrix-kurs");
        var referral = await owner.PostAsJsonAsync($"/api/v1/needs/{NeedA}/referrals", new { offerId = offer });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        ReferralA = (await referral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (RequestA, SignupA) = await NewSignupAAsync();
        foreach (var (key, from, to) in new[] { ("subBefore", 1, 8), ("subDuring", 0, 7) })
        {
            var granted = await owner.PostAsJsonAsync("/api/v1/substitutions", new
            {
                substituteUserId = await UserIdAsync(Factory, SubstituteEmail(key)), startsOn = Iso(Today.AddDays(from)), endsOn = Iso(Today.AddDays(to)),
            });
            Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        }

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(new Substitution
        {
            Id = Guid.CreateVersion7(), AbsentUserId = ManagerA, SubstituteUserId = await UserIdAsync(Factory, SubstituteEmail("subAfter")),
            StartsOn = Today.AddDays(-10), EndsOn = Today.AddDays(-1), GrantedBy = "matrix-im@eppelheim.example", CreatedAt = DateTime.UtcNow.AddDays(-10),
        });
        await db.SaveChangesAsync();
    }

    private static string SubstituteEmail(string key) => key switch
    {
        "subBefore" => "matrix-im-vorher@weinheim.example",
        "subDuring" => "matrix-im-waehrend@weinheim.example",
        _ => "matrix-im-nachher@weinheim.example",
    };

    private async Task ReferenceDataAsync()
    {
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var municipality = await db.Municipalities.SingleAsync(m => m.Slug == A);
            MunicipalityA = municipality.Id;
            DistrictA = municipality.DistrictId ?? (await db.Districts.FirstAsync()).Id;
            ProviderA = (await db.Providers.OrderBy(p => p.Slug).FirstAsync()).Id;
            TeamA = (await db.Teams.Where(t => t.Municipalities.Any(m => m.Id == municipality.Id)).OrderBy(t => t.Slug).FirstOrDefaultAsync()
                ?? await db.Teams.OrderBy(t => t.Slug).FirstAsync()).Id;
            CooperationA = (await db.Cooperations.Where(c => c.Municipalities.Any(m => m.Id == municipality.Id)).OrderBy(c => c.Slug).FirstOrDefaultAsync()
                ?? await db.Cooperations.OrderBy(c => c.Slug).FirstAsync()).Id;
            PageA = await db.Pages.Where(p => p.MunicipalityId == municipality.Id).OrderBy(p => p.Slug).Select(p => p.Id).FirstAsync();
        }

        OfferA = await NewOfferAAsync();
        OfferASlug = (await Factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/offers/{OfferA}"))!["slug"]!.GetValue<string>();
        OfferADto = (await Factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/v1/offers/{OfferA}"))!;
    }
}
