using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Benchmarks;

public sealed record BenchmarkQuery(string Name, SearchRequest Request);

/// <summary>The fixed query mix: what visitors type and click in the directory, with facets, filters, sorting and paging.</summary>
public static class BenchmarkQueries
{
    private static readonly GeoPoint Stuttgart = new(48.776, 9.183);
    private static readonly GeoPoint Karlsruhe = new(49.007, 8.404);
    private static readonly GeoPoint Heidelberg = new(49.398, 8.672);

    // Tuesday 24 November 2026, 10:00 local time.
    private static readonly DateTime TuesdayTen = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Unspecified);

    public static IReadOnlyList<BenchmarkQuery> All { get; } =
    [
        Q("Deutschkurs", new() { Query = "Deutschkurs" }),
        Q("Deutschkurs mit Kinderbetreuung + Gemeinde", new() { Query = "Deutschkurs mit Kinderbetreuung", Municipalities = ["heidelberg"] }),
        Q("Integrationskurz (Tippfehler)", new() { Query = "Integrationskurz" }),
        Q("Buergeramt", new() { Query = "Buergeramt" }),
        Q("Bürgeramt + 20 km um Stuttgart", new() { Query = "Bürgeramt", Near = Stuttgart, RadiusKm = 20 }),
        Q("(leer) Sprachkurs + B1 + Kinderbetreuung", new() { Kinds = [OfferKind.LanguageCourse], Levels = [CefrLevel.B1], Childcare = true }),
        Q("Integrationskurs + freie Plätze + beginnt vor", new() { Query = "Integrationskurs", FreePlacesOnly = true, StartsBefore = new DateOnly(2027, 1, 1) }),
        Q("Sprachkurs sortiert nach Beginn", new() { Query = "Sprachkurs", Kinds = [OfferKind.LanguageCourse], Sort = SearchSort.Start }),
        Q("Deutschkurs 50 km um Karlsruhe nach Entfernung", new() { Query = "Deutschkurs", Near = Karlsruhe, RadiusKm = 50, Sort = SearchSort.Distance }),
        Q("Praktikum Pflege", new() { Query = "Praktikum Pflege" }),
        Q("Sprachcafe", new() { Query = "Sprachcafe" }),
        Q("Hausaufgabenhilfe", new() { Query = "Hausaufgabenhilfe" }),
        Q("Jobcenter geöffnet Di 10:00", new() { Query = "Jobcenter", OpenAt = TuesdayTen }),
        Q("Alphabetisierung Frauen", new() { Query = "Alphabetisierung Frauen" }),
        Q("6 Wörter", new() { Query = "Deutschkurs Frauen Vormittag Kinderbetreuung Stuttgart Lehrerin" }),
        Q("Deutschkurs Seite 3", new() { Query = "Deutschkurs", Page = 3, PageSize = 20 }),
        Q("kein Treffer → Meinten Sie", new() { Query = "Deutschkurs am Vromittag" }),
        Q("Asylkreis + Gemeinde", new() { Query = "Asylkreis", Municipalities = ["stuttgart", "esslingen-am-neckar"] }),
        Q("Kinderbetreuung nur Frauen", new() { Query = "Kinderbetreuung", Kinds = [OfferKind.LanguageCourse], WomenOnly = true }),
        Q("Ausländerbehörde 30 km um Heidelberg nach Entfernung", new() { Query = "Ausländerbehörde", Near = Heidelberg, RadiusKm = 30, Sort = SearchSort.Distance }),
        Q("(leer) alle Angebote", new()),
        Q("Berufssprachkurs B2", new() { Query = "Berufssprachkurs B2", Levels = [CefrLevel.B2] }),
        Q("(leer) Frauenkurs kostenlos + online", new() { CourseTypes = [CourseType.IntegrationskursFrauen], Costs = [CourseCost.Free, CourseCost.Funded], Formats = [CourseFormat.Online, CourseFormat.Hybrid] }),
        Q("German course (en)", new() { Query = "German course", Culture = "en" }),
        Q("(leer) Praktikum nach Beginn", new() { Kinds = [OfferKind.Internship], Sort = SearchSort.Start }),
    ];

    private static BenchmarkQuery Q(string name, SearchRequest request) => new(name, request);
}
