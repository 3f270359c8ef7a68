using System.Net.Http.Json;
using System.Text;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix as data: one row per endpoint (method, route pattern as the app declares it, page
/// handler), the call that exercises it with the shared <see cref="MatrixWorld"/>, and the outcome per caller
/// (see <see cref="Expectations"/>). Resources belong to municipality A, so "404" marks a caller outside the scope.
/// A new endpoint needs a row here; the test names it until it has one. Calls that would use a resource up (delete,
/// approve) get a fresh one each time; writes whose body is empty prove the gate ("invalid": let in, refused on input).
/// </summary>
public static class AuthorizationTable
{
    private const string Public = "*=ok";
    private const string SignedIn = "anon=login *=ok";
    private const string Staff = "anon=login vol=denied *=ok";
    private const string Content = "anon=login vol=denied mg*=denied sub*=denied *=ok";
    private const string NotFoundForContent = "anon=login vol=denied mg*=denied sub*=denied *=404";
    private const string Organisation = "anon=login coA=ok coB=ok admin=ok *=denied";
    private const string Administration = "anon=login admin=ok *=denied";
    private const string Volunteer = "anon=login vol=ok *=denied";
    private const string CaseWork = "anon=login mg*=ok sub*=ok co*=ok *=denied";
    private const string Statistics = "anon=login co*=ok admin=ok *=denied";

    /// <summary>Case A's content: its manager and today's substitute; other case workers 404, other roles 403.</summary>
    private const string CaseOfA = "anon=login vol=denied ed*=denied admin=denied mgA=ok subDuring=ok *=404";

    public static IEnumerable<MatrixRow> Rows(MatrixWorld w)
    {
        var @case = $"/api/v1/cases/{w.CaseA}";
        var casePage = $"/backoffice/cases/{w.CaseA}";
        var page = $"/backoffice/pages/{w.PageA}/de";

        // Public site and operations.
        yield return Get("GET /{culture:portalculture?}", "/de", Public);
        yield return Get("GET /{culture:portalculture}/{municipality}", $"/de/{MatrixWorld.A}", Public);
        yield return Get("GET /{culture:portalculture}/{municipality}/{**path}", $"/de/{MatrixWorld.A}/gibt-es-nicht", "*=404");
        yield return Get("GET /{culture:portalculture}/angebote/{slug}/{view?}", $"/de/angebote/{w.OfferASlug}", Public);
        yield return Get("GET /{culture:portalculture}/suche", "/de/suche?q=Deutschkurs", Public);
        yield return Get("GET /{culture:portalculture}/mitmachen", "/de/mitmachen", Public);
        yield return Get("GET /{culture:portalculture}/mitmachen/bestaetigen", "/de/mitmachen/bestaetigen?token=falsch", Public);
        yield return Get("GET /abmelden", "/abmelden?token=falsch", Public);
        yield return Form("POST /abmelden", "/abmelden?token=falsch", "*=404");
        yield return Form("POST /{culture:portalculture}/mitmachen", "/de/mitmachen", Public);
        yield return Form("POST /{culture:portalculture}/mitmachen/bestaetigen", "/de/mitmachen/bestaetigen?token=falsch", "*=invalid");

        // The error pages answer with the status they are about.
        // Asked for directly, the error page does not exist (it only renders the handled exception).
        yield return Get("GET /error", "/error", "*=404");
        yield return Form("POST /error", "/error", "*=404");
        yield return Get("GET /status/{code:int}", "/status/404", "*=404");
        yield return Form("POST /status/{code:int}", "/status/404", "*=404");
        yield return Get("ANY /healthz", "/healthz", Public);
        yield return Get("GET /openapi/{documentName}.json", "/openapi/v1.json", Public);
        yield return Get("GET /api/v1/test-plugin/ping", "/api/v1/test-plugin/ping", Public);
        yield return Get("GET /api/v1/search", "/api/v1/search?q=Deutschkurs", Public);
        yield return Get("GET /api/v1/municipalities/", "/api/v1/municipalities", Public);
        yield return Get("GET /api/v1/municipalities/{slug}/pages", $"/api/v1/municipalities/{MatrixWorld.A}/pages", Public);

        // Accounts.
        yield return Api("POST /api/v1/auth/login", HttpMethod.Post, "/api/v1/auth/login", "*=invalid");
        yield return Api("POST /api/v1/auth/refresh", HttpMethod.Post, "/api/v1/auth/refresh", "*=login");
        yield return Api("POST /api/v1/auth/forgot-password", HttpMethod.Post, "/api/v1/auth/forgot-password", "*=invalid");
        yield return Api("POST /api/v1/auth/reset-password", HttpMethod.Post, "/api/v1/auth/reset-password", "*=invalid");
        yield return Get("GET /api/v1/auth/me", "/api/v1/auth/me", SignedIn);
        yield return Get("GET /backoffice/forgot-password", "/backoffice/forgot-password", Public);
        yield return Form("POST /backoffice/forgot-password", "/backoffice/forgot-password", Public);
        yield return Get("GET /backoffice/reset-password", "/backoffice/reset-password", Public);
        yield return Form("POST /backoffice/reset-password", "/backoffice/reset-password", Public);
        yield return Get("GET /backoffice/setup", "/backoffice/setup?token=falsch", "*=404");
        yield return Form("POST /backoffice/setup", "/backoffice/setup?token=falsch", "*=404");
        yield return Get("GET /backoffice/access-denied", "/backoffice/access-denied", "*=denied");

        // Back office: start, pages, offers, organisation, users, mail.
        yield return Get("GET /backoffice", "/backoffice", Staff);
        yield return Get("GET /backoffice/pages", "/backoffice/pages", Content);
        // Without a place (municipality or parent) there is nothing to create a page in.
        yield return Get("GET /backoffice/pages/new", "/backoffice/pages/new", NotFoundForContent);
        yield return Form("POST /backoffice/pages/new", "/backoffice/pages/new", NotFoundForContent);
        yield return Get("GET /backoffice/pages/{id:guid}/{culture}", page, Content + " edB=404 coB=404");
        yield return Get("GET /backoffice/pages/{id:guid}/{culture}/history", page + "/history", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}/history?handler=Rollback", w, "/history?handler=Rollback", NotFoundForContent);
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Save", w, "?handler=Save", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Unpublish", w, "?handler=Unpublish", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Preview", w, "?handler=Preview", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Schedule", w, "?handler=Schedule", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Structure", w, "?handler=Structure", Content + " edB=404 coB=404");
        yield return FreshPage("POST /backoffice/pages/{id:guid}/{culture}?handler=Delete", w, "?handler=Delete", Content + " edB=404 coB=404");

        yield return Get("GET /backoffice/offers", "/backoffice/offers", Content);
        yield return Form("POST /backoffice/offers?handler=Checked", $"/backoffice/offers?handler=Checked&id={w.OfferA}", Content + " edB=404 coB=404");
        yield return Get("GET /backoffice/offers/new/{kind}", "/backoffice/offers/new/Authority", Content);
        yield return Form("POST /backoffice/offers/new/{kind}", "/backoffice/offers/new/Authority", Content);
        yield return Form("POST /backoffice/offers/new/{kind}?handler=Delete", "/backoffice/offers/new/Authority?handler=Delete", NotFoundForContent);
        yield return Get("GET /backoffice/offers/{id:guid}", $"/backoffice/offers/{w.OfferA}", Content + " edB=404 coB=404");
        yield return Form("POST /backoffice/offers/{id:guid}", $"/backoffice/offers/{w.OfferA}", Content + " edB=404 coB=404");
        yield return Row("POST /backoffice/offers/{id:guid}?handler=Delete",
            async c => await c.PostFormAsync($"/backoffice/offers/{await w.NewOfferAAsync()}?handler=Delete"), Content + " edB=404 coB=404");
        yield return Get("GET /backoffice/offers/import", "/backoffice/offers/import", Content);
        yield return Form("POST /backoffice/offers/import", "/backoffice/offers/import", Content);
        yield return Get("GET /backoffice/offers/search-index", "/backoffice/offers/search-index", Organisation);
        yield return Form("POST /backoffice/offers/search-index", "/backoffice/offers/search-index", Organisation);
        // The search's vocabulary is portal-wide: administrators only. An empty form or body changes nothing ("invalid").
        yield return Get("GET /backoffice/search/synonyms", "/backoffice/search/synonyms", Administration);
        yield return Form("POST /backoffice/search/synonyms", "/backoffice/search/synonyms", Administration);
        yield return Get("GET /api/v1/search/synonyms/", "/api/v1/search/synonyms", Administration);
        yield return Api("PUT /api/v1/search/synonyms/", HttpMethod.Put, "/api/v1/search/synonyms", Administration.Replace("=ok", "=invalid", StringComparison.Ordinal));

        yield return Get("GET /backoffice/organisation", "/backoffice/organisation", Organisation);
        foreach (var (kind, id) in new[] { ("districts", w.DistrictA), ("municipalities", w.MunicipalityA), ("providers", w.ProviderA), ("cooperations", w.CooperationA), ("teams", w.TeamA) })
        {
            var route = $"/backoffice/organisation/{kind}/{{id:guid?}}";
            yield return Get($"GET {route}", $"/backoffice/organisation/{kind}/{id}", Organisation);
            yield return Form($"POST {route}", $"/backoffice/organisation/{kind}/{id}", Organisation);

            // A delete of something unknown: the gate is checked without taking the demo organisation apart.
            yield return Form($"POST {route}?handler=Delete", $"/backoffice/organisation/{kind}/{Guid.NewGuid()}?handler=Delete", Organisation.Replace("=ok", "=404", StringComparison.Ordinal));
        }

        yield return Get("GET /backoffice/users", "/backoffice/users", Administration);
        yield return Get("GET /backoffice/users/edit/{id:guid?}", $"/backoffice/users/edit/{w.EditorA}", Administration);
        yield return Form("POST /backoffice/users/edit/{id:guid?}", "/backoffice/users/edit", Administration);
        yield return Form("POST /backoffice/users/edit/{id:guid?}?handler=Unlock", $"/backoffice/users/edit/{Guid.NewGuid()}?handler=Unlock", "anon=login admin=404 *=denied");
        yield return Form("POST /backoffice/users/edit/{id:guid?}?handler=Invite", $"/backoffice/users/edit/{Guid.NewGuid()}?handler=Invite", "anon=login admin=404 *=denied");
        yield return Form("POST /backoffice/users/edit/{id:guid?}?handler=Disable", $"/backoffice/users/edit/{Guid.NewGuid()}?handler=Disable", "anon=login admin=404 *=denied");
        // The UI texts ship with the program, so their overview is for administrators.
        yield return Get("GET /backoffice/ui-texts", "/backoffice/ui-texts", Administration);
        yield return Get("GET /backoffice/outbox", "/backoffice/outbox", Organisation);
        yield return Form("POST /backoffice/outbox?handler=Retry", $"/backoffice/outbox?handler=Retry&id={Guid.NewGuid()}", Organisation.Replace("=ok", "=404", StringComparison.Ordinal));

        // Directory API.
        yield return Get("GET /api/v1/offers/{id:guid}", $"/api/v1/offers/{w.OfferA}", Public);
        yield return Get("GET /api/v1/offers/{id:guid}/calendar.ics", $"/api/v1/offers/{w.OfferA}/calendar.ics", "*=404");
        yield return Get("GET /api/v1/offers/import/template.csv", "/api/v1/offers/import/template.csv", Public);
        yield return Api("POST /api/v1/offers/", HttpMethod.Post, "/api/v1/offers", Content.Replace("*=ok", "*=invalid", StringComparison.Ordinal));
        yield return Row("PUT /api/v1/offers/{id:guid}", c => c.Api.PutAsJsonAsync($"/api/v1/offers/{w.OfferA}", w.OfferADto), Content + " edB=404 coB=404");
        yield return Row("DELETE /api/v1/offers/{id:guid}", async c => await c.Api.DeleteAsync($"/api/v1/offers/{await w.NewOfferAAsync()}"), Content + " edB=404 coB=404");
        yield return Row("POST /api/v1/offers/import", c => c.Api.PostAsync("/api/v1/offers/import", new StringContent(
            $"Art;Adresse;Titel;Gemeinden;Amtsart\nAuthority;{w.OfferASlug};Matrix-Amt;{MatrixWorld.A};Buergeramt\n", Encoding.UTF8, "text/csv")),
            Content + " edB=invalid coB=invalid");

        // Volunteers.
        yield return Api("POST /api/v1/volunteers/", HttpMethod.Post, "/api/v1/volunteers", "*=invalid");
        yield return Api("POST /api/v1/volunteers/confirm", HttpMethod.Post, "/api/v1/volunteers/confirm", "*=invalid");
        yield return Api("POST /api/v1/unsubscribe", HttpMethod.Post, "/api/v1/unsubscribe?token=falsch", "*=404");
        yield return Get("GET /api/v1/volunteers/me", "/api/v1/volunteers/me", Volunteer);
        yield return Api("PUT /api/v1/volunteers/me", HttpMethod.Put, "/api/v1/volunteers/me", Volunteer.Replace("vol=ok", "vol=invalid", StringComparison.Ordinal));
        yield return Get("GET /api/v1/volunteers/me/export", "/api/v1/volunteers/me/export", Volunteer);
        yield return Get("GET /ehrenamt", "/ehrenamt", Volunteer);
        yield return Get("GET /ehrenamt?handler=Export", "/ehrenamt?handler=Export", Volunteer);
        yield return Form("POST /ehrenamt", "/ehrenamt", Volunteer);
        yield return Row("POST /api/v1/volunteers/{id:guid}/approve",
            async c => await c.Api.PostAsync($"/api/v1/volunteers/{await w.NewVolunteerAAsync()}/approve", null), Organisation + " coB=404");
        yield return Get("GET /backoffice/volunteers", "/backoffice/volunteers", Organisation);
        yield return Row("POST /backoffice/volunteers?handler=Approve",
            async c => await c.PostFormAsync("/backoffice/volunteers?handler=Approve", [new("id", (await w.NewVolunteerAAsync()).ToString())]), Organisation + " coB=404");
        yield return Row("POST /backoffice/volunteers?handler=ConductCertificate",
            async c => await c.PostFormAsync("/backoffice/volunteers?handler=ConductCertificate",
                [new("id", (await w.NewVolunteerAAsync()).ToString()), new("seenOn", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]),
            Organisation + " coB=404");

        // Case work (plugin): the case of A's manager, in depth in CaseMatching/CaseAccessMatrixTests.
        yield return Get("GET /api/v1/cases/", "/api/v1/cases", CaseWork);
        yield return Api("POST /api/v1/cases/", HttpMethod.Post, "/api/v1/cases", CaseWork.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Get("GET /api/v1/cases/{id:guid}", @case, CaseOfA);
        yield return Api("PUT /api/v1/cases/{id:guid}", HttpMethod.Put, @case, CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("POST /api/v1/cases/{id:guid}/consents", HttpMethod.Post, @case + "/consents", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("POST /api/v1/cases/{id:guid}/goals", HttpMethod.Post, @case + "/goals", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("PUT /api/v1/cases/{id:guid}/goals/{goalId:guid}", HttpMethod.Put, $"{@case}/goals/{w.GoalA}", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("POST /api/v1/cases/{id:guid}/goals/{goalId:guid}/needs", HttpMethod.Post, $"{@case}/goals/{w.GoalA}/needs", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Get("GET /api/v1/cases/{id:guid}/access-log", @case + "/access-log", "anon=login mgA=ok admin=ok vol=denied ed*=denied *=404");
        yield return Get("GET /api/v1/cases/review", "/api/v1/cases/review", CaseWork);
        yield return Get("GET /api/v1/cases/statistics", "/api/v1/cases/statistics", Statistics);
        yield return Get("GET /api/v1/cases/retention", "/api/v1/cases/retention", Administration);
        yield return Get("GET /api/v1/needs/{needId:guid}/suggestions", $"/api/v1/needs/{w.NeedA}/suggestions", CaseOfA);
        yield return Api("POST /api/v1/needs/{needId:guid}/referrals", HttpMethod.Post, $"/api/v1/needs/{w.NeedA}/referrals", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("PUT /api/v1/referrals/{id:guid}", HttpMethod.Put, $"/api/v1/referrals/{w.ReferralA}", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Get("GET /api/v1/substitutions", "/api/v1/substitutions", CaseWork);
        yield return Api("POST /api/v1/substitutions", HttpMethod.Post, "/api/v1/substitutions", CaseWork.Replace("=ok", "=invalid", StringComparison.Ordinal));

        yield return Get("GET /backoffice/cases", "/backoffice/cases", CaseWork);
        yield return Form("POST /backoffice/cases?handler=Create", "/backoffice/cases?handler=Create", CaseWork);
        yield return Get("GET /backoffice/cases/{id:guid}", casePage, CaseOfA);
        foreach (var handler in new[] { "AddGoal", "Consent", "Extend", "Update" })
        {
            yield return Form($"POST /backoffice/cases/{{id:guid}}?handler={handler}", $"{casePage}?handler={handler}", CaseOfA);
        }

        // Without a goal id the goal is not found, for the owner too.
        yield return Form("POST /backoffice/cases/{id:guid}?handler=AddNeed", $"{casePage}?handler=AddNeed", CaseOfA.Replace("=ok", "=404", StringComparison.Ordinal));
        yield return Form("POST /backoffice/cases/{id:guid}?handler=UpdateGoal", $"{casePage}?handler=UpdateGoal", CaseOfA.Replace("=ok", "=404", StringComparison.Ordinal));

        yield return Get("GET /backoffice/cases/{id:guid}/access-log", casePage + "/access-log", "anon=login mgA=ok admin=ok vol=denied ed*=denied *=404");
        // Volunteer requests: managers of case A write and decide, approved volunteers of A read the board and sign up.
        var request = $"/api/v1/requests/{w.RequestA}";
        var requestPage = $"/backoffice/cases/requests/{w.RequestA}";
        var board = $"/ehrenamt/anfragen/{w.RequestA}";
        var caseOfAInvalid = CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal);
        yield return Api("POST /api/v1/needs/{needId:guid}/requests", HttpMethod.Post, $"/api/v1/needs/{w.NeedA}/requests", caseOfAInvalid);
        yield return Get("GET /api/v1/needs/{needId:guid}/requests", $"/api/v1/needs/{w.NeedA}/requests", CaseOfA);
        yield return Get("GET /api/v1/requests/{id:guid}/details", $"{request}/details", CaseOfA);
        yield return Api("PUT /api/v1/requests/{id:guid}", HttpMethod.Put, request, caseOfAInvalid);
        yield return Api("PUT /api/v1/requests/{id:guid}/meeting", HttpMethod.Put, $"{request}/meeting", CaseOfA);
        yield return Row("POST /api/v1/requests/{id:guid}/publish", async c => await c.Api.PostAsync($"/api/v1/requests/{await w.NewRequestAAsync(publish: false)}/publish", null), CaseOfA);
        yield return Row("POST /api/v1/requests/{id:guid}/cancel", async c => await c.Api.PostAsync($"/api/v1/requests/{await w.NewRequestAAsync()}/cancel", null), CaseOfA);
        yield return Row("POST /api/v1/requests/{id:guid}/close", async c => await c.Api.PostAsync($"/api/v1/requests/{await w.NewRequestAAsync()}/close", null), CaseOfA);
        yield return Row("POST /api/v1/signups/{id:guid}/confirm", async c => await c.Api.PostAsync($"/api/v1/signups/{(await w.NewSignupAAsync()).Signup}/confirm", null), CaseOfA);
        yield return Row("POST /api/v1/signups/{id:guid}/decline", async c => await c.Api.PostAsync($"/api/v1/signups/{(await w.NewSignupAAsync()).Signup}/decline", null), CaseOfA);
        yield return Get("GET /api/v1/requests", "/api/v1/requests", Volunteer);
        yield return Get("GET /api/v1/requests/{id:guid}", request, Volunteer);
        yield return Get("GET /api/v1/signups", "/api/v1/signups", Volunteer);
        yield return Row("POST /api/v1/requests/{id:guid}/signups", async c => await c.Api.PostAsJsonAsync($"/api/v1/requests/{await w.NewRequestAAsync()}/signups", new { }), Volunteer);
        yield return Row("POST /api/v1/signups/{id:guid}/withdraw", async c => await c.Api.PostAsync($"/api/v1/signups/{(await w.NewSignupAAsync()).Signup}/withdraw", null), Volunteer);
        // Hours need a confirmed sign-up: the volunteer and the case's managers get in and are refused on input.
        yield return Api("POST /api/v1/signups/{id:guid}/complete", HttpMethod.Post, $"/api/v1/signups/{w.SignupA}/complete", "anon=login vol=invalid ed*=denied admin=denied mgA=invalid subDuring=invalid *=404");
        yield return Get("GET /backoffice/cases/needs/{needId:guid}/requests/new", $"/backoffice/cases/needs/{w.NeedA}/requests/new", CaseOfA);
        yield return Form("POST /backoffice/cases/needs/{needId:guid}/requests/new", $"/backoffice/cases/needs/{w.NeedA}/requests/new", caseOfAInvalid);
        yield return Get("GET /backoffice/cases/requests/{id:guid}", requestPage, CaseOfA);
        yield return Form("POST /backoffice/cases/requests/{id:guid}?handler=Update", $"{requestPage}?handler=Update", caseOfAInvalid);
        yield return Form("POST /backoffice/cases/requests/{id:guid}?handler=Meeting", $"{requestPage}?handler=Meeting", CaseOfA);
        yield return Row("POST /backoffice/cases/requests/{id:guid}?handler=Publish", async c => await c.PostFormAsync($"/backoffice/cases/requests/{await w.NewRequestAAsync(publish: false)}?handler=Publish"), CaseOfA);
        yield return Row("POST /backoffice/cases/requests/{id:guid}?handler=Cancel", async c => await c.PostFormAsync($"/backoffice/cases/requests/{await w.NewRequestAAsync()}?handler=Cancel"), CaseOfA);
        yield return Row("POST /backoffice/cases/requests/{id:guid}?handler=Close", async c => await c.PostFormAsync($"/backoffice/cases/requests/{await w.NewRequestAAsync()}?handler=Close"), CaseOfA);
        yield return Row("POST /backoffice/cases/requests/{id:guid}?handler=Confirm", async c =>
        {
            var (r, s) = await w.NewSignupAAsync();
            return await c.PostFormAsync($"/backoffice/cases/requests/{r}?handler=Confirm&signupId={s}");
        }, CaseOfA);
        yield return Row("POST /backoffice/cases/requests/{id:guid}?handler=Decline", async c =>
        {
            var (r, s) = await w.NewSignupAAsync();
            return await c.PostFormAsync($"/backoffice/cases/requests/{r}?handler=Decline&signupId={s}");
        }, CaseOfA);
        yield return Form("POST /backoffice/cases/requests/{id:guid}?handler=Complete", $"{requestPage}?handler=Complete&signupId={w.SignupA}", caseOfAInvalid);
        yield return Get("GET /ehrenamt/anfragen", "/ehrenamt/anfragen", Volunteer);
        yield return Get("GET /ehrenamt/nachweis", "/ehrenamt/nachweis", Volunteer);
        yield return Get("GET /ehrenamt/nachweis?handler=Pdf", "/ehrenamt/nachweis?handler=Pdf", Volunteer);
        yield return Get("GET /api/v1/engagement/certificate", "/api/v1/engagement/certificate", Volunteer);
        yield return Get("GET /ehrenamt/anfragen/{id:guid}", board, Volunteer);
        yield return Row("POST /ehrenamt/anfragen/{id:guid}?handler=SignUp", async c => await c.PostFormAsync($"/ehrenamt/anfragen/{await w.NewRequestAAsync()}?handler=SignUp"), Volunteer);
        yield return Row("POST /ehrenamt/anfragen/{id:guid}?handler=Withdraw", async c =>
        {
            var (r, s) = await w.NewSignupAAsync();
            return await c.PostFormAsync($"/ehrenamt/anfragen/{r}?handler=Withdraw&signupId={s}");
        }, Volunteer);
        yield return Form("POST /ehrenamt/anfragen/{id:guid}?handler=Complete", $"{board}?handler=Complete&signupId={w.SignupA}", Volunteer.Replace("vol=ok", "vol=invalid", StringComparison.Ordinal));
        yield return Get("GET /backoffice/cases/needs/{needId:guid}", $"/backoffice/cases/needs/{w.NeedA}", CaseOfA);
        yield return Form("POST /backoffice/cases/needs/{needId:guid}?handler=Refer", $"/backoffice/cases/needs/{w.NeedA}?handler=Refer", CaseOfA);
        yield return Form("POST /backoffice/cases/needs/{needId:guid}?handler=Status", $"/backoffice/cases/needs/{w.NeedA}?handler=Status", CaseOfA.Replace("=ok", "=404", StringComparison.Ordinal));
        yield return Get("GET /backoffice/cases/{id:guid}/plan", $"{casePage}/plan", CaseOfA);
        yield return Get("GET /backoffice/cases/{id:guid}/plan?handler=Pdf", $"{casePage}/plan?handler=Pdf&language=ar", CaseOfA);
        yield return Get("GET /backoffice/cases/review", "/backoffice/cases/review", CaseWork);
        yield return Get("GET /backoffice/cases/statistics", "/backoffice/cases/statistics", Statistics);

        // Key figures: coordinators for the units within their scope (B's coordinator is told it is not theirs).
        var figures = $"year={DateTime.UtcNow.Year}&unit=municipality:{MatrixWorld.A}";
        const string FiguresOfA = "anon=login coA=ok coB=404 admin=ok *=denied";
        yield return Get("GET /api/v1/reports/key-figures", $"/api/v1/reports/key-figures?{figures}", FiguresOfA);
        yield return Get("GET /api/v1/reports/key-figures/export", $"/api/v1/reports/key-figures/export?{figures}&format=csv", FiguresOfA);
        yield return Get("GET /backoffice/reports", "/backoffice/reports", Statistics);
        yield return Get("GET /backoffice/reports?handler=Csv", $"/backoffice/reports?handler=Csv&{figures}", FiguresOfA);
        yield return Get("GET /backoffice/reports?handler=Xlsx", $"/backoffice/reports?handler=Xlsx&{figures}", FiguresOfA);
        yield return Get("GET /backoffice/cases/retention", "/backoffice/cases/retention", Administration);
        yield return Api("POST /api/v1/referrals/{id:guid}/correction", HttpMethod.Post, $"/api/v1/referrals/{w.ReferralA}/correction", CaseOfA.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Form("POST /backoffice/cases/needs/{needId:guid}?handler=Correct", $"/backoffice/cases/needs/{w.NeedA}?handler=Correct", CaseOfA.Replace("=ok", "=404", StringComparison.Ordinal));
        yield return Form("POST /backoffice/cases/{id:guid}?handler=AchieveGoal", $"{casePage}?handler=AchieveGoal", CaseOfA.Replace("=ok", "=404", StringComparison.Ordinal));
        yield return Form("POST /backoffice/cases/retention?handler=Run", "/backoffice/cases/retention?handler=Run", Administration);
        yield return Get("GET /backoffice/cases/substitutions", "/backoffice/cases/substitutions", CaseWork);
        yield return Form("POST /backoffice/cases/substitutions", "/backoffice/cases/substitutions", CaseWork);

        // The API twin of the back office: the same policies as the pages, scope in the services.
        var pageApi = $"/api/v1/pages/{w.PageA}";
        const string ContentOfA = Content + " edB=404 coB=404";
        var contentInvalid = ContentOfA.Replace("*=ok", "*=invalid", StringComparison.Ordinal);
        yield return Get("GET /api/v1/pages/owners", "/api/v1/pages/owners", Content);
        yield return Get("GET /api/v1/pages/", $"/api/v1/pages?owner={MatrixWorld.A}", ContentOfA);
        yield return Get("GET /api/v1/pages/{id:guid}", pageApi, ContentOfA);
        yield return Get("GET /api/v1/pages/{id:guid}/variants/{culture}/versions", pageApi + "/variants/de/versions", ContentOfA);
        yield return Api("POST /api/v1/pages/", HttpMethod.Post, "/api/v1/pages", Content.Replace("*=ok", "*=invalid", StringComparison.Ordinal));
        yield return Api("PUT /api/v1/pages/{id:guid}", HttpMethod.Put, pageApi, contentInvalid);
        // An empty variant is refused on input before the page is looked up, for callers of B too (the answer tells nothing about the page).
        yield return Api("PUT /api/v1/pages/{id:guid}/variants/{culture}", HttpMethod.Put, pageApi + "/variants/de", "anon=login edA=invalid edB=invalid coA=invalid coB=invalid admin=invalid *=denied");
        // An empty schedule clears it.
        yield return Api("PUT /api/v1/pages/{id:guid}/variants/{culture}/schedule", HttpMethod.Put, pageApi + "/variants/de/schedule", ContentOfA);
        // Without a version number there is no version to go back to.
        yield return Api("POST /api/v1/pages/{id:guid}/variants/{culture}/rollback", HttpMethod.Post, pageApi + "/variants/de/rollback", NotFoundForContent);
        yield return Row("POST /api/v1/pages/{id:guid}/variants/{culture}/publish", async c => await c.Api.PostAsync($"/api/v1/pages/{await w.NewPageAAsync()}/variants/de/publish", null), ContentOfA);
        yield return Row("POST /api/v1/pages/{id:guid}/variants/{culture}/unpublish", async c => await c.Api.PostAsync($"/api/v1/pages/{await w.NewPageAAsync()}/variants/de/unpublish", null), ContentOfA);
        yield return Row("DELETE /api/v1/pages/{id:guid}", async c => await c.Api.DeleteAsync($"/api/v1/pages/{await w.NewPageAAsync()}"), ContentOfA);
        var organisationMissing = Organisation.Replace("=ok", "=404", StringComparison.Ordinal);
        var organisationInvalid = Organisation.Replace("=ok", "=invalid", StringComparison.Ordinal);
        foreach (var items in new[] { "districts", "providers", "cooperations", "teams", "municipalities" })
        {
            if (items != "municipalities")
            {
                yield return Get($"GET /api/v1/{items}/", $"/api/v1/{items}", Organisation);
            }

            yield return Get($"GET /api/v1/{items}/{{id:guid}}", $"/api/v1/{items}/{Guid.NewGuid()}", organisationMissing);
            yield return Api($"POST /api/v1/{items}/", HttpMethod.Post, $"/api/v1/{items}", organisationInvalid);
            yield return Api($"PUT /api/v1/{items}/{{id:guid}}", HttpMethod.Put, $"/api/v1/{items}/{Guid.NewGuid()}", organisationMissing);
            yield return Row($"DELETE /api/v1/{items}/{{id:guid}}", c => c.Api.DeleteAsync($"/api/v1/{items}/{Guid.NewGuid()}"), organisationMissing);
        }

        var administrationMissing = Administration.Replace("=ok", "=404", StringComparison.Ordinal);
        yield return Get("GET /api/v1/users/", "/api/v1/users", Administration);
        yield return Get("GET /api/v1/users/{id:guid}", $"/api/v1/users/{w.EditorA}", Administration);
        yield return Api("POST /api/v1/users/", HttpMethod.Post, "/api/v1/users", Administration.Replace("=ok", "=invalid", StringComparison.Ordinal));
        yield return Api("PUT /api/v1/users/{id:guid}", HttpMethod.Put, $"/api/v1/users/{Guid.NewGuid()}", administrationMissing);
        foreach (var action in new[] { "invite", "disable", "enable" })
        {
            yield return Api($"POST /api/v1/users/{{id:guid}}/{action}", HttpMethod.Post, $"/api/v1/users/{Guid.NewGuid()}/{action}", administrationMissing);
        }

        yield return Get("GET /api/v1/volunteers/", "/api/v1/volunteers", Organisation);
        yield return Row("POST /api/v1/volunteers/{id:guid}/conduct-certificate",
            async c => await c.Api.PostAsJsonAsync($"/api/v1/volunteers/{await w.NewVolunteerAAsync()}/conduct-certificate", new { seenOn = "2026-11-30" }), Organisation + " coB=404");
        yield return Get("GET /api/v1/outbox/", "/api/v1/outbox", Organisation);
        yield return Api("POST /api/v1/outbox/{id:guid}/retry", HttpMethod.Post, $"/api/v1/outbox/{Guid.NewGuid()}/retry", organisationMissing);

        // The volunteer's own account (the deleting caller is a fresh volunteer; without "confirm" the form deletes nothing).
        yield return Row("DELETE /api/v1/volunteers/me",
            async c => await (c.Name == "vol" ? (await w.NewVolunteerCallerAsync()).Api : c.Api).DeleteAsync("/api/v1/volunteers/me"), Volunteer);
        yield return Form("POST /ehrenamt?handler=Delete", "/ehrenamt?handler=Delete", Volunteer);

        // Last: the calls that end a caller's session, token or account (the login page signs out whoever opens it; a new
        // authenticator key renews the security stamp, which ends the caller's bearer token).
        yield return Get("GET /backoffice/account/two-factor", "/backoffice/account/two-factor", SignedIn);
        yield return Form("POST /backoffice/account/two-factor", "/backoffice/account/two-factor", SignedIn);
        yield return Form("POST /backoffice/account/two-factor?handler=Disable", "/backoffice/account/two-factor?handler=Disable", SignedIn);
        yield return Get("GET /backoffice/account/recovery-codes", "/backoffice/account/recovery-codes", SignedIn);
        yield return Form("POST /backoffice/account/two-factor?handler=RecoveryCodes", "/backoffice/account/two-factor?handler=RecoveryCodes", SignedIn);
        yield return Get("GET /backoffice/login", "/backoffice/login", Public);
        yield return Form("POST /backoffice/login", "/backoffice/login", Public);
        yield return Get("GET /backoffice/login/two-factor", "/backoffice/login/two-factor", "*=login");
        yield return Form("POST /backoffice/login/two-factor", "/backoffice/login/two-factor", "*=login");
        yield return Form("POST /backoffice/login/two-factor?handler=RecoveryCode", "/backoffice/login/two-factor?handler=RecoveryCode", "*=login");
        yield return Get("GET /backoffice/account/logout", "/backoffice/account/logout", Public);
        yield return Form("POST /backoffice/account/logout", "/backoffice/account/logout", "*=login");
    }

    private static MatrixRow Row(string key, Func<Caller, Task<HttpResponseMessage>> call, string expect) => new(key, call, expect);

    /// <summary>A GET, through the API client for /api and the browser session for everything else.</summary>
    private static MatrixRow Get(string key, string url, string expect) =>
        new(key, c => (url.StartsWith("/api/", StringComparison.Ordinal) ? c.Api : c.Browser).GetAsync(url), expect);

    /// <summary>An API write with an empty JSON body (DELETE without one).</summary>
    private static MatrixRow Api(string key, HttpMethod method, string url, string expect) =>
        new(key, c => c.Api.SendAsync(new HttpRequestMessage(method, url) { Content = method == HttpMethod.Delete ? null : JsonContent.Create(new { }) }), expect);

    /// <summary>A back-office form post with nothing filled in but the antiforgery token.</summary>
    private static MatrixRow Form(string key, string url, string expect) => new(key, c => c.PostFormAsync(url), expect);

    private static MatrixRow FreshPage(string key, MatrixWorld w, string suffix, string expect) =>
        new(key, async c => await c.PostFormAsync($"/backoffice/pages/{await w.NewPageAAsync()}/de{suffix}"), expect);
}
