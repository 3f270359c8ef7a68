using Microsoft.Extensions.Localization;
using IntegrationsNetz.Web.Search;
using System.Security.Claims;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Common.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Offers;

public static class OffersApi
{
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/offers").WithTags("Verzeichnis");
        group.MapGet("/{id:guid}", GetAsync).AllowAnonymous().WithName("GetOffer").WithSummary("Ein veröffentlichtes Angebot");
        group.MapGet("/{id:guid}/calendar.ics", CalendarAsync).AllowAnonymous().WithName("GetOfferCalendar").WithSummary("Kurstermine als iCalendar-Datei");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Content).WithName("CreateOffer").WithSummary("Angebot anlegen");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Content).WithName("UpdateOffer").WithSummary("Angebot ändern");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Content).WithName("DeleteOffer").WithSummary("Angebot löschen");
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Content).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(10_000_000))
            .WithName("ImportOffers").WithSummary("Angebote aus einer CSV-Datei (Vorlage mit deutschen Spaltennamen) importieren: alles oder nichts");
        group.MapGet("/import/template.csv", () => TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(OfferCsvImport.Template())).ToArray(), "text/csv; charset=utf-8", "angebote-vorlage.csv"))
            .AllowAnonymous().WithName("OfferImportTemplate").WithSummary("Die CSV-Vorlage mit allen Spalten");
        return app;
    }

    private static async Task<Results<Ok<OfferDto>, ProblemHttpResult>> GetAsync(Guid id, OfferService offers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        await offers.FindAsync(id, ct) is { Status: OfferStatus.Published } offer
            ? TypedResults.Ok(OfferMapping.ToDto(offer))
            : Problems.NotFound(text["Api_OfferNotPublished"]);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarAsync(
        Guid id, string? culture, OfferService offers, HttpRequest request, TimeProvider time, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        // The reader's language (from the offer page's link): the title in it where the offer has one, and the link
        // back to the page in it. Unknown or missing: German.
        var reader = PortalCulture.Find(culture)?.Key ?? PortalCulture.SourceKey;
        if (await offers.FindAsync(id, ct) is not LanguageCourse { Status: OfferStatus.Published } course || !CourseCalendar.HasDates(course))
        {
            return Problems.NotFound(text["Api_OfferNoCourseDates"]);
        }

        var url = $"{request.Scheme}://{request.Host}{SearchParameters.OfferUrl(reader, course.Slug)}";
        var ics = CourseCalendar.Write(course, course.TitleIn(reader), url, time.GetUtcNow().UtcDateTime);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"{course.Slug}.ics");
    }

    private static async Task<Results<Created<OfferDto>, ValidationProblem>> CreateAsync(
        OfferDto input, ClaimsPrincipal user, OfferService offers, PortalDbContext db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var offer = OfferMapping.Apply(input, null, await db.Municipalities.ToListAsync(ct), errors);
        if (offer is null || errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await offers.SaveAsync(offer, StaffActor.Of(user), ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/offers/{offer.Id}", OfferMapping.ToDto(offer))
            : Problems.Validation(result.Errors);
    }

    private static async Task<Results<Ok<OfferDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, OfferDto input, ClaimsPrincipal user, OfferService offers, PortalDbContext db, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var actor = StaffActor.Of(user);
        var existing = await offers.FindForEditAsync(id, actor, ct);
        if (existing is null)
        {
            return Problems.NotFound(text["Api_OfferNotFound"]);
        }

        var errors = new List<FieldError>();
        var offer = OfferMapping.Apply(input, existing, await db.Municipalities.ToListAsync(ct), errors);
        if (offer is null || errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        return (await offers.SaveAsync(offer, actor, ct)).ToHttp(() => TypedResults.Ok(OfferMapping.ToDto(offer)), text["Api_OfferNotFound"]);
    }

    public sealed record ImportResultDto(int Created, int Updated);

    private static async Task<Results<Ok<ImportResultDto>, ValidationProblem>> ImportAsync(HttpRequest request, ClaimsPrincipal user, OfferCsvImport import, CancellationToken ct)
    {
        // The file is read into memory first (the size is limited): the CSV reader reads synchronously.
        using var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.Count == 0)
            {
                return Problems.Validation("file", "Bitte eine CSV-Datei mitschicken.");
            }

            await form.Files[0].CopyToAsync(buffer, ct);
        }
        else
        {
            await request.Body.CopyToAsync(buffer, ct);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        var result = await import.ImportAsync(reader, StaffActor.Of(user), ct);
        return result.Succeeded ? TypedResults.Ok(new ImportResultDto(result.Created, result.Updated)) : Problems.Validation(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, ClaimsPrincipal user, OfferService offers, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        (await offers.DeleteAsync(id, StaffActor.Of(user), ct)).Succeeded ? TypedResults.NoContent() : Problems.NotFound(text["Api_OfferNotFound"]);
}
