namespace IntegrationsNetz.Core.Offers;

public enum OfferKind
{
    LanguageCourse,
    Internship,
    VolunteerCircle,
    Authority,
}

public enum OfferStatus
{
    Draft,
    Published,
}

public enum StepFreeAccess
{
    Unknown,
    Yes,
    No,
}

/// <summary>Common European Framework of Reference levels, in order.</summary>
public enum CefrLevel
{
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

public enum CourseType
{
    IntegrationskursAllgemein,
    IntegrationskursJugend,
    IntegrationskursEltern,
    IntegrationskursFrauen,
    Alphabetisierung,
    Zweitschriftlerner,
    IntegrationskursIntensiv,
    Berufssprachkurs,
    Ehrenamtskurs,
    Sprachcafe,
}

public enum CourseFormat
{
    InPerson,
    Online,
    Hybrid,
}

public enum CourseCost
{
    Free,
    Funded,
    Fee,
}

public enum InternshipType
{
    Orientierungspraktikum,
    Einstiegsqualifizierung,
    Berufspraktikum,
}

public enum AuthorityType
{
    Auslaenderbehoerde,
    Jobcenter,
    AgenturFuerArbeit,
    Buergeramt,
    Sozialamt,
    Jugendamt,
    Gesundheitsamt,
    StaatlichesSchulamt,
    Migrationsberatung,
    Jugendmigrationsdienst,
    Standesamt,
    Wohngeldstelle,
}
