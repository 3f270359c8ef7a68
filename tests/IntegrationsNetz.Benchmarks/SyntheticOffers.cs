using System.Globalization;
using System.Text;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// Deterministic synthetic directory for Baden-Württemberg: about 200 municipalities and any number of offers in the
/// mix of the real directory (45 % language courses, 20 % internships, 10 % volunteer circles, 25 % authorities),
/// with German titles and Markdown descriptions composed from word lists, and every facet filled.
/// The offers of size N are the first N of one fixed sequence, so 10k contains 1k.
/// Offers are produced lazily, so the benchmark never holds more than the one being indexed.
/// </summary>
public sealed class SyntheticOffers
{
    public const int Seed = 20261123;

    // Real cities first (their names appear in queries), with approximate coordinates.
    private static readonly (string Name, double Lat, double Lon)[] Cities =
    [
        ("Stuttgart", 48.776, 9.183), ("Mannheim", 49.488, 8.466), ("Karlsruhe", 49.007, 8.404), ("Freiburg im Breisgau", 47.999, 7.842),
        ("Heidelberg", 49.398, 8.672), ("Ulm", 48.401, 9.988), ("Heilbronn", 49.142, 9.219), ("Pforzheim", 48.892, 8.695),
        ("Reutlingen", 48.491, 9.204), ("Esslingen am Neckar", 48.740, 9.311), ("Ludwigsburg", 48.897, 9.192), ("Tübingen", 48.520, 9.057),
        ("Villingen-Schwenningen", 48.062, 8.494), ("Konstanz", 47.663, 9.175), ("Aalen", 48.837, 10.093), ("Sindelfingen", 48.713, 9.003),
        ("Schwäbisch Gmünd", 48.799, 9.798), ("Friedrichshafen", 47.654, 9.479), ("Offenburg", 48.473, 7.944), ("Göppingen", 48.703, 9.652),
        ("Eppelheim", 49.402, 8.633), ("Oftersheim", 49.366, 8.583), ("Weinheim", 49.549, 8.667), ("Schwetzingen", 49.383, 8.573),
        ("Waiblingen", 48.830, 9.317), ("Ravensburg", 47.782, 9.611), ("Lörrach", 47.616, 7.662), ("Biberach an der Riß", 48.098, 9.788),
    ];

    private static readonly string[] NamePrefixes = ["", "", "", "Ober", "Unter", "Neu", "Alt", "Klein", "Groß", "Hohen", "Nieder", "Bad "];

    private static readonly string[] NameStems =
    [
        "Eich", "Buch", "Lind", "Ahorn", "Tann", "Wald", "Berg", "Stein", "Mühl", "Hof", "Kirch", "Wein", "Rosen", "Sonnen", "Fisch",
        "Weiden", "Erlen", "Hasel", "Birken", "Eschen", "Schön", "Bronn", "Horn", "Mark", "Brett", "Gutt", "Leut", "Ditz", "Hemm", "Murr",
        "Rems", "Enz", "Nagol", "Kocher", "Jagst", "Tauber", "Glatt", "Fils", "Lauter", "Wiesen", "Elz", "Kinz", "Dreis", "Alb", "Egg",
    ];

    private static readonly string[] NameSuffixes = ["heim", "ingen", "bach", "hausen", "dorf", "stadt", "berg", "weiler", "feld", "hofen", "au", "bronn", "stetten", "tal"];

    private static readonly string[] Districts =
    [
        "Rhein-Neckar-Kreis", "Enzkreis", "Ortenaukreis", "Landkreis Ludwigsburg", "Rems-Murr-Kreis", "Landkreis Esslingen",
        "Landkreis Göppingen", "Landkreis Karlsruhe", "Landkreis Heilbronn", "Bodenseekreis", "Landkreis Konstanz", "Landkreis Reutlingen",
        "Landkreis Tübingen", "Alb-Donau-Kreis", "Ostalbkreis", "Landkreis Böblingen", "Main-Tauber-Kreis", "Neckar-Odenwald-Kreis",
        "Landkreis Calw", "Landkreis Rastatt", "Landkreis Lörrach", "Landkreis Waldshut", "Schwarzwald-Baar-Kreis", "Landkreis Rottweil",
        "Zollernalbkreis", "Landkreis Sigmaringen", "Landkreis Ravensburg", "Landkreis Biberach", "Hohenlohekreis", "Landkreis Schwäbisch Hall",
        "Landkreis Heidenheim", "Landkreis Freudenstadt", "Landkreis Emmendingen", "Landkreis Breisgau-Hochschwarzwald", "Landkreis Tuttlingen",
    ];

    private static readonly string[] Surnames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Bauer", "Richter",
        "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
        "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Häußler", "Kübler", "Maier", "Haug", "Schäfer", "Bosch", "Riedlinger", "Stäbler",
    ];

    private static readonly string[] Streets =
    [
        "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Kirchstraße", "Rathausplatz", "Marktplatz", "Lindenweg", "Gartenstraße", "Mühlweg",
        "Friedrichstraße", "Wilhelmstraße", "Karlstraße", "Goethestraße", "Schillerstraße", "Neckarstraße", "Bergstraße", "Am Stadtgarten",
    ];

    private static readonly string[] Venues =
    [
        "im Gemeindehaus", "im Rathaus", "im Familienzentrum", "in der Volkshochschule", "im Bürgerhaus", "in der Stadtbibliothek",
        "im Jugendhaus", "im Mehrgenerationenhaus", "in der Grundschule", "im Stadtteiltreff", "im Evangelischen Gemeindezentrum", "im Kulturzentrum",
    ];

    private static readonly string[] TimesOfDay = ["Vormittag", "Nachmittag", "Abend"];

    private static readonly string[] WeekdayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    private static readonly string[] Fields =
    [
        "Pflege", "Handwerk", "Gastronomie", "Einzelhandel", "Logistik", "Büro", "Kinderbetreuung", "Landwirtschaft", "Metallbau",
        "Elektrotechnik", "Garten- und Landschaftsbau", "Hauswirtschaft", "Lager", "Küche", "Friseurhandwerk", "Kfz-Technik",
    ];

    private static readonly string[] Activities =
    [
        "Hausaufgabenhilfe", "Kinderbetreuung", "Begleitung zu Ämtern", "Wohnungssuche", "Fahrradwerkstatt", "Sprachcafé", "Patenschaften",
        "Kleiderkammer", "Fahrdienst", "Nachhilfe", "Bewerbungshilfe", "Frauentreff", "Gartenprojekt", "Elterncafé", "Freizeitangebote für Jugendliche",
    ];

    private static readonly string[] Tags =
    [
        "Deutsch lernen", "Frauen", "Eltern", "Jugendliche", "Ukraine", "Geflüchtete", "Beruf", "Anfänger", "barrierefrei", "abends",
        "vormittags", "online", "kostenlos", "Familie", "Senioren", "Ausbildung", "Ehrenamt", "Beratung",
    ];

    private static readonly string[] Audiences =
    [
        "Erwachsene mit wenig Vorkenntnissen", "Frauen", "Eltern mit kleinen Kindern", "Jugendliche und junge Erwachsene bis 27 Jahre",
        "Geflüchtete und Zugewanderte", "Menschen aus der Ukraine", "Berufstätige", "Anfängerinnen und Anfänger", "Mütter mit Kindern im Kindergartenalter",
        "Fachkräfte aus dem Ausland", "Menschen, die in ihrer Muttersprache nicht lesen und schreiben gelernt haben",
    ];

    private static readonly string[] Goals =
    [
        "im Alltag besser Deutsch sprechen möchten", "sich auf den Deutsch-Test für Zuwanderer vorbereiten", "eine Ausbildung oder Arbeit suchen",
        "Lesen und Schreiben in lateinischer Schrift lernen wollen", "ihre Sprachkenntnisse für den Beruf verbessern möchten",
        "neue Leute kennenlernen und Deutsch üben wollen", "sich auf die Einbürgerung vorbereiten", "mit Behörden, Ärzten und der Schule sprechen möchten",
    ];

    private static readonly string[] Topics =
    [
        "Einkaufen", "Arztbesuch", "Wohnung", "Arbeit", "Behörden", "Schule und Kita", "Verkehr", "Freizeit", "Gesundheit", "Bewerbung",
        "Telefonieren", "Formulare ausfüllen", "Banken und Versicherungen", "Kultur und Geschichte", "Werte des Zusammenlebens",
    ];

    private static readonly string[] Fillers =
    [
        "Wir lernen in kleinen Gruppen mit höchstens {n} Personen.",
        "Die Lehrkräfte sind erfahren und sprechen auch {lang}.",
        "Der Kursort ist mit Bus und Bahn gut erreichbar, die Haltestelle liegt direkt vor dem Haus.",
        "Bitte bringen Sie Ihren Aufenthaltstitel und einen Lichtbildausweis zur Anmeldung mit.",
        "Vor Kursbeginn machen wir einen kurzen Einstufungstest, damit Sie in die passende Gruppe kommen.",
        "Lehrbücher und Arbeitsblätter bekommen Sie von uns, Sie brauchen nur Stift und Heft.",
        "Am Ende des Kurses können Sie eine Prüfung ablegen und erhalten ein Zertifikat.",
        "Die Räume sind barrierefrei, ein Aufzug ist vorhanden.",
        "Auch Menschen ohne Berechtigungsschein sind herzlich willkommen, wenn Plätze frei sind.",
        "In den Schulferien findet kein Unterricht statt.",
        "Wer krank ist oder nicht kommen kann, meldet sich bitte vorher telefonisch ab.",
        "Nach dem Unterricht gibt es Zeit für Fragen rund um Arbeit, Wohnung und Behörden.",
        "Unsere Ehrenamtlichen begleiten Sie auf Wunsch auch zu Terminen.",
        "Die Teilnahme wird vom Land Baden-Württemberg gefördert.",
        "Getränke und ein kleiner Imbiss stehen bereit.",
    ];

    private static readonly string[] Languages = ["Englisch", "Arabisch", "Ukrainisch", "Türkisch", "Russisch", "Persisch", "Französisch", "Kurdisch", "Tigrinya"];

    private readonly List<Municipality> _municipalities = [];
    private readonly List<string> _districtOf = [];

    public SyntheticOffers(int municipalityCount = 200)
    {
        var random = new Random(Seed);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, lat, lon) in Cities.Take(municipalityCount))
        {
            Add(name, lat, lon);
        }

        while (_municipalities.Count < municipalityCount)
        {
            var prefix = Pick(random, NamePrefixes);
            var stem = Pick(random, NameStems);
            var name = (prefix.Length == 0 || prefix.EndsWith(' ') ? prefix + stem : prefix + stem.ToLowerInvariant()) + Pick(random, NameSuffixes);
            if (slugs.Contains(Slug(name)))
            {
                continue;
            }

            Add(name, 47.6 + (random.NextDouble() * 2.1), 7.6 + (random.NextDouble() * 2.8));
        }

        void Add(string name, double lat, double lon)
        {
            var slug = Slug(name);
            slugs.Add(slug);
            _districtOf.Add(Districts[_municipalities.Count % Districts.Length]);
            _municipalities.Add(new Municipality
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Slug = slug,
                OfficialKey = (8_000_000 + _municipalities.Count).ToString(CultureInfo.InvariantCulture),
                Latitude = lat,
                Longitude = lon,
            });
        }
    }

    public IReadOnlyList<Municipality> Municipalities => _municipalities;

    public Municipality Municipality(string slug) => _municipalities.First(m => m.Slug == slug);

    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                ' ' or '-' => "-",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }

    /// <summary>The first <paramref name="count"/> offers of the fixed sequence.</summary>
    public IEnumerable<Offer> Generate(int count)
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < count; i++)
        {
            yield return Create(i, random);
        }
    }

    private Offer Create(int i, Random random)
    {
        var roll = random.Next(100);
        var municipalityIndex = PickMunicipality(random);
        var home = _municipalities[municipalityIndex];
        var district = _districtOf[municipalityIndex];
        var description = new StringBuilder();
        Offer offer = roll switch
        {
            < 45 => Course(random, home, district, description),
            < 65 => Intern(random, home, district, description),
            < 75 => Circle(random, home, description),
            _ => Office(random, home, district, description),
        };

        var idBytes = new byte[16];
        random.NextBytes(idBytes);
        offer.Id = new Guid(idBytes);
        offer.Slug = $"{Slug(offer.Texts[0].Title)}-{i}";
        offer.Status = OfferStatus.Published;
        offer.Texts[0].Description = description.ToString();
        offer.Municipalities.Add(home);

        // Circles and district offices serve a few neighbouring towns too.
        var extra = offer is VolunteerCircle or Authority && random.Next(4) == 0 ? random.Next(1, 4) : 0;
        for (var k = 0; k < extra; k++)
        {
            var other = _municipalities[PickMunicipality(random)];
            if (!offer.Municipalities.Contains(other))
            {
                offer.Municipalities.Add(other);
            }
        }

        var online = offer is LanguageCourse { Format: CourseFormat.Online };
        if (!online && random.Next(10) != 0)
        {
            offer.Latitude = home.Latitude + ((random.NextDouble() - 0.5) * 0.05);
            offer.Longitude = home.Longitude + ((random.NextDouble() - 0.5) * 0.07);
            offer.Street = $"{Pick(random, Streets)} {random.Next(1, 120)}";
            offer.Postcode = (random.Next(68000, 79999) + 1).ToString(CultureInfo.InvariantCulture);
            offer.City = home.Name;
        }

        offer.ContactPhone = $"0{random.Next(6000, 7999)} {random.Next(10000, 999999)}";
        offer.ContactEmail = $"kontakt@{home.Slug}.example";
        var tagCount = random.Next(4);
        for (var k = 0; k < tagCount; k++)
        {
            var tag = Pick(random, Tags);
            if (!offer.Tags.Contains(tag))
            {
                offer.Tags.Add(tag);
            }
        }

        AddTranslations(random, offer);
        offer.UpdatedAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(-random.Next(500_000));
        return offer;
    }

    /// <summary>Big cities hold more offers: a third of all offers are in the 28 real cities.</summary>
    private int PickMunicipality(Random random) =>
        random.Next(3) == 0 ? random.Next(Math.Min(Cities.Length, _municipalities.Count)) : random.Next(_municipalities.Count);

    private static LanguageCourse Course(Random random, Municipality home, string district, StringBuilder description)
    {
        var type = Weighted(random, [
            (CourseType.IntegrationskursAllgemein, 25), (CourseType.IntegrationskursJugend, 5), (CourseType.IntegrationskursEltern, 7),
            (CourseType.IntegrationskursFrauen, 10), (CourseType.Alphabetisierung, 8), (CourseType.Zweitschriftlerner, 3),
            (CourseType.IntegrationskursIntensiv, 4), (CourseType.Berufssprachkurs, 15), (CourseType.Ehrenamtskurs, 13), (CourseType.Sprachcafe, 10)]);
        var course = new LanguageCourse { CourseType = type };
        var from = (CefrLevel)random.Next(type == CourseType.Berufssprachkurs ? 2 : 0, type == CourseType.Berufssprachkurs ? 5 : 3);
        course.LevelFrom = type == CourseType.Sprachcafe && random.Next(2) == 0 ? null : from;
        course.LevelTo = course.LevelFrom is null ? null : (CefrLevel)Math.Min((int)CefrLevel.C2, (int)from + random.Next(3));
        course.RollingEntry = type is CourseType.Sprachcafe || (type is CourseType.Ehrenamtskurs && random.Next(2) == 0) || random.Next(10) == 0;
        course.StartsOn = course.RollingEntry ? null : new DateOnly(2026, 9, 1).AddDays(random.Next(300));
        course.EndsOn = course.StartsOn?.AddDays(random.Next(60, 240));
        course.RegistrationDeadline = course.StartsOn?.AddDays(-random.Next(7, 30));
        course.Format = Weighted(random, [(CourseFormat.InPerson, 80), (CourseFormat.Online, 12), (CourseFormat.Hybrid, 8)]);
        course.Childcare = type is CourseType.IntegrationskursEltern || (type is CourseType.IntegrationskursFrauen && random.Next(3) != 0) || random.Next(8) == 0;
        course.WomenOnly = type is CourseType.IntegrationskursFrauen || random.Next(15) == 0;
        course.Cost = type switch
        {
            CourseType.Sprachcafe or CourseType.Ehrenamtskurs => random.Next(10) == 0 ? CourseCost.Fee : CourseCost.Free,
            CourseType.Berufssprachkurs or CourseType.IntegrationskursAllgemein or CourseType.IntegrationskursJugend or CourseType.IntegrationskursEltern
                or CourseType.IntegrationskursFrauen or CourseType.Alphabetisierung or CourseType.Zweitschriftlerner or CourseType.IntegrationskursIntensiv
                => random.Next(6) == 0 ? CourseCost.Fee : CourseCost.Funded,
            _ => CourseCost.Free,
        };
        course.FeeAmount = course.Cost == CourseCost.Fee ? random.Next(3, 40) * 10 : null;
        course.Places = type is CourseType.Sprachcafe || random.Next(8) == 0 ? null : random.Next(8, 26);
        course.PlacesTaken = course.Places is { } places ? Math.Min(places, random.Next(places + 6)) : 0;
        var day1 = (DayOfWeek)random.Next(1, 6);
        var day2 = (DayOfWeek)random.Next(1, 6);
        course.Weekdays = day1 == day2 ? [day1] : [day1, day2];
        var time = Pick(random, TimesOfDay);
        course.TimeFrom = time switch { "Vormittag" => new TimeOnly(8 + random.Next(3), 30), "Nachmittag" => new TimeOnly(13 + random.Next(3), 0), _ => new TimeOnly(17 + random.Next(3), 30) };
        course.TimeTo = course.TimeFrom.Value.AddMinutes(90 + (45 * random.Next(4)));
        course.ProviderName = Provider(random, home, district);

        var level = course.LevelFrom is { } lf ? (course.LevelTo is { } lt && lt != lf ? $"{lf}–{lt}" : lf.ToString()) : string.Empty;
        var title = type switch
        {
            CourseType.IntegrationskursAllgemein => Pick(random, [$"Integrationskurs {level}", $"Integrationskurs am {time} in {home.Name}", $"Allgemeiner Integrationskurs {level}", $"Deutschkurs {level} – Integrationskurs"]),
            CourseType.IntegrationskursJugend => Pick(random, ["Jugendintegrationskurs für junge Erwachsene", $"Integrationskurs für Jugendliche in {home.Name}", "Deutsch für Jugendliche"]),
            CourseType.IntegrationskursEltern => Pick(random, ["Elternintegrationskurs mit Kinderbetreuung", "Integrationskurs für Eltern", $"Deutschkurs für Eltern {level}"]),
            CourseType.IntegrationskursFrauen => Pick(random, ["Frauenintegrationskurs", "Integrationskurs für Frauen mit Kinderbetreuung", $"Deutschkurs für Frauen am {time}", "Frauenkurs Deutsch"]),
            CourseType.Alphabetisierung => Pick(random, ["Alphabetisierungskurs", "Integrationskurs mit Alphabetisierung", "Lesen und Schreiben lernen: Alphabetisierung für Frauen", "Alphabetisierung für Erwachsene"]),
            CourseType.Zweitschriftlerner => Pick(random, ["Zweitschriftlernerkurs", "Deutschkurs für Zweitschriftlernende"]),
            CourseType.IntegrationskursIntensiv => Pick(random, [$"Intensivkurs Deutsch {level}", $"Intensiver Integrationskurs {level}"]),
            CourseType.Berufssprachkurs => Pick(random, [$"Berufssprachkurs {level} {Pick(random, Fields)}", $"Deutsch für den Beruf {level}", $"Berufsbezogener Deutschkurs {level}", $"Berufssprachkurs {level}"]),
            CourseType.Ehrenamtskurs => Pick(random, ["Deutschkurs für Anfänger", $"Deutschkurs am {time}", "Deutsch lernen mit Ehrenamtlichen", $"Deutschkurs {level} {Pick(random, Venues)}", $"Deutschkurs {home.Name}"]),
            _ => Pick(random, [$"Sprachcafé {home.Name}", $"Sprachcafé {Pick(random, Venues)}", "Internationales Sprachcafé", $"Deutsch-Treff am {WeekdayNames[(int)day1]}", "Sprachcafé für Frauen"]),
        };
        course.Texts.Add(new OfferText { Culture = "de", Title = title.Trim() });

        description.Append(CultureInfo.InvariantCulture, $"Der Kurs richtet sich an {Pick(random, Audiences)}, die {Pick(random, Goals)}.");
        description.Append(CultureInfo.InvariantCulture, $" Unterricht ist am {WeekdayNames[(int)day1]}");
        if (course.Weekdays.Count > 1)
        {
            description.Append(CultureInfo.InvariantCulture, $" und {WeekdayNames[(int)day2]}");
        }

        description.Append(CultureInfo.InvariantCulture, $" von {course.TimeFrom:HH\\:mm} bis {course.TimeTo:HH\\:mm} Uhr {Pick(random, Venues)}.\n\n");
        if (course.Childcare)
        {
            description.Append("Während des Unterrichts gibt es eine **Kinderbetreuung** für Kinder ab einem Jahr. ");
        }

        if (course.WomenOnly)
        {
            description.Append("Der Kurs ist nur für Frauen, auch die Lehrerin ist eine Frau. ");
        }

        description.Append(course.Cost switch
        {
            CourseCost.Free => "Der Kurs ist kostenlos. ",
            CourseCost.Funded => "Die Kosten übernimmt das BAMF: Mit Berechtigungsschein vom Jobcenter oder der Ausländerbehörde ist der Kurs kostenfrei. ",
            _ => $"Kursgebühr: {course.FeeAmount} Euro, Ermäßigung ist möglich. ",
        });
        description.Append(course.RollingEntry ? "Der Einstieg ist jederzeit möglich.\n\n" : $"Kursbeginn ist am {course.StartsOn:dd.MM.yyyy}.\n\n");
        description.Append("Themen im Kurs:\n\n");
        foreach (var topic in PickMany(random, Topics, random.Next(3, 6)))
        {
            description.Append("- ").Append(topic).Append('\n');
        }

        description.Append('\n');
        Fill(random, description, random.Next(2, 5));
        description.Append(CultureInfo.InvariantCulture, $"\n\nAnmeldung bei {course.ProviderName}, [Kontakt und Anmeldung](https://www.{home.Slug}.example/anmeldung).");
        return course;
    }

    private static Internship Intern(Random random, Municipality home, string district, StringBuilder description)
    {
        var internship = new Internship
        {
            InternshipType = Weighted(random, [(InternshipType.Orientierungspraktikum, 50), (InternshipType.Einstiegsqualifizierung, 25), (InternshipType.Berufspraktikum, 25)]),
            OccupationalField = Pick(random, Fields),
            GermanLevel = random.Next(4) == 0 ? null : (CefrLevel)random.Next(0, 4),
            DurationWeeks = random.Next(1, 13),
            HoursPerWeek = random.Next(4, 9) * 5,
            StartsOn = random.Next(5) == 0 ? null : new DateOnly(2026, 9, 1).AddDays(random.Next(300)),
            Paid = random.Next(3) == 0,
            Places = random.Next(6) == 0 ? 0 : random.Next(1, 5),
        };
        var employerKind = Pick(random, ["Klinikum", "Seniorenzentrum", "Bäckerei", "Autohaus", "Malerbetrieb", "Hotel", "Kita", "Gärtnerei", "Schreinerei", "Supermarkt", "Spedition", "Pflegedienst"]);
        internship.Employer = $"{employerKind} {(random.Next(2) == 0 ? Pick(random, Surnames) : home.Name)}";
        internship.ProviderName = random.Next(2) == 0 ? Provider(random, home, district) : null;
        var field = internship.OccupationalField;
        var title = internship.InternshipType switch
        {
            InternshipType.Orientierungspraktikum => Pick(random, [$"Praktikum in der {field}", $"Orientierungspraktikum {field}", $"Praktikum im Bereich {field}", $"Schnupperpraktikum {field} in {home.Name}"]),
            InternshipType.Einstiegsqualifizierung => Pick(random, [$"Einstiegsqualifizierung {field}", $"EQ-Praktikum {field} bei {internship.Employer}", $"Einstieg in die Ausbildung: {field}"]),
            _ => Pick(random, [$"Berufspraktikum {field} bei {internship.Employer}", $"Praktikum {field} für Zugewanderte", $"Praktikum in der {field} mit Sprachförderung"]),
        };
        internship.Texts.Add(new OfferText { Culture = "de", Title = title });

        description.Append(CultureInfo.InvariantCulture, $"{internship.Employer} bietet ein Praktikum im Bereich {field} für {Pick(random, Audiences)}.");
        description.Append(CultureInfo.InvariantCulture, $" Das Praktikum dauert {internship.DurationWeeks} Wochen mit {internship.HoursPerWeek} Stunden pro Woche.");
        if (internship.GermanLevel is { } gl)
        {
            description.Append(CultureInfo.InvariantCulture, $" Sie brauchen Deutschkenntnisse auf Niveau {gl}.");
        }

        description.Append(internship.Paid ? " Das Praktikum wird vergütet." : " Das Praktikum ist unbezahlt, Fahrtkosten werden erstattet.");
        description.Append("\n\nSie lernen den Arbeitsalltag kennen:\n\n");
        foreach (var task in PickMany(random, ["Arbeitszeiten und Pausen", "Sicherheit am Arbeitsplatz", "Umgang mit Kunden", "Arbeit im Team", "Werkzeuge und Maschinen", "Hygiene", "Dokumentation", "Ausbildungswege"], random.Next(2, 5)))
        {
            description.Append("- ").Append(task).Append('\n');
        }

        description.Append('\n');
        Fill(random, description, random.Next(1, 4));
        description.Append(CultureInfo.InvariantCulture, $"\n\nNach dem Praktikum ist eine Ausbildung oder Arbeit bei {internship.Employer} möglich. Ansprechperson: Frau {Pick(random, Surnames)}.");
        return internship;
    }

    private static VolunteerCircle Circle(Random random, Municipality home, StringBuilder description)
    {
        var circle = new VolunteerCircle
        {
            Activities = PickMany(random, Activities, random.Next(2, 6)).ToList(),
            MeetingTimes = $"jeden ersten {WeekdayNames[random.Next(1, 6)]} im Monat, 19:30 Uhr",
            Languages = PickMany(random, Languages, random.Next(1, 4)).ToList(),
        };
        var title = Pick(random, [
            $"Asylkreis {home.Name}", $"AK Asyl {home.Name}", $"Freundeskreis Asyl {home.Name}", $"Helferkreis Integration {home.Name}",
            $"Netzwerk Flüchtlingshilfe {home.Name}", $"{circle.Activities[0]} des Asylkreises {home.Name}", $"Hausaufgabenhilfe für Kinder und Jugendliche in {home.Name}"]);
        circle.Texts.Add(new OfferText { Culture = "de", Title = title });
        circle.ProviderName = random.Next(2) == 0 ? $"Evangelische Kirchengemeinde {home.Name}" : null;

        description.Append(CultureInfo.InvariantCulture, $"Wir sind rund {random.Next(8, 60)} Ehrenamtliche in {home.Name} und unterstützen Geflüchtete und Zugewanderte im Alltag. ");
        description.Append(CultureInfo.InvariantCulture, $"Wir treffen uns {circle.MeetingTimes} {Pick(random, Venues)}.\n\nUnsere Angebote:\n\n");
        foreach (var activity in circle.Activities)
        {
            description.Append("- ").Append(activity).Append('\n');
        }

        description.Append(CultureInfo.InvariantCulture, $"\nWir sprechen auch {string.Join(", ", circle.Languages)}. Neue Helferinnen und Helfer sind jederzeit willkommen! ");
        Fill(random, description, random.Next(1, 3));
        return circle;
    }

    private static Authority Office(Random random, Municipality home, string district, StringBuilder description)
    {
        var type = Weighted(random, [
            (AuthorityType.Buergeramt, 25), (AuthorityType.Standesamt, 12), (AuthorityType.Sozialamt, 8), (AuthorityType.Jobcenter, 8),
            (AuthorityType.Auslaenderbehoerde, 8), (AuthorityType.AgenturFuerArbeit, 6), (AuthorityType.Jugendamt, 6), (AuthorityType.Gesundheitsamt, 5),
            (AuthorityType.Wohngeldstelle, 8), (AuthorityType.StaatlichesSchulamt, 3), (AuthorityType.Migrationsberatung, 6), (AuthorityType.Jugendmigrationsdienst, 5)]);
        var authority = new Authority
        {
            AuthorityType = type,
            ByAppointment = random.Next(3) == 0,
            TemporarilyClosed = random.Next(50) == 0,
            Languages = PickMany(random, Languages, random.Next(0, 3)).ToList(),
        };
        var morning = $"{8 + random.Next(2):00}:{(random.Next(2) * 30):00}-{12 + random.Next(2):00}:00";
        foreach (var day in new[] { "Mo", "Di", "Mi", "Do", "Fr" })
        {
            if (random.Next(5) != 0)
            {
                authority.OpeningHours.Add($"{day} {morning}");
            }
        }

        foreach (var day in PickMany(random, ["Di", "Do", "Mo"], random.Next(0, 3)))
        {
            authority.OpeningHours.Add($"{day} {14 + random.Next(2):00}:00-{17 + random.Next(2):00}:{(random.Next(2) * 30):00}");
        }

        var title = type switch
        {
            AuthorityType.Buergeramt => Pick(random, [$"Bürgeramt {home.Name}", $"Bürgerbüro im Rathaus {home.Name}", $"Bürgeramt {home.Name} – Einwohnermeldeamt"]),
            AuthorityType.Standesamt => $"Standesamt {home.Name}",
            AuthorityType.Sozialamt => Pick(random, [$"Sozialamt {home.Name}", $"Sozialamt {district}"]),
            AuthorityType.Jobcenter => Pick(random, [$"Jobcenter {district}", $"Jobcenter {district} – Standort {home.Name}"]),
            AuthorityType.Auslaenderbehoerde => Pick(random, [$"Ausländerbehörde {district}", $"Ausländerbehörde {home.Name}", $"Ausländerbehörde im Landratsamt {district}"]),
            AuthorityType.AgenturFuerArbeit => $"Agentur für Arbeit {home.Name}",
            AuthorityType.Jugendamt => Pick(random, [$"Jugendamt {district}", $"Kreisjugendamt {district}"]),
            AuthorityType.Gesundheitsamt => $"Gesundheitsamt {district}",
            AuthorityType.Wohngeldstelle => $"Wohngeldstelle {home.Name}",
            AuthorityType.StaatlichesSchulamt => $"Staatliches Schulamt {home.Name}",
            AuthorityType.Migrationsberatung => Pick(random, [$"Migrationsberatung für Erwachsene {home.Name}", $"MBE – Migrationsberatung der Caritas {home.Name}"]),
            _ => $"Jugendmigrationsdienst {home.Name}",
        };
        authority.Texts.Add(new OfferText { Culture = "de", Title = title });
        authority.ProviderName = type is AuthorityType.Migrationsberatung or AuthorityType.Jugendmigrationsdienst ? Provider(random, home, district) : null;

        description.Append(type switch
        {
            AuthorityType.Buergeramt => "Anmeldung und Ummeldung der Wohnung, Personalausweis, Reisepass, Führungszeugnis und Bescheinigungen. ",
            AuthorityType.Standesamt => "Geburten, Eheschließungen, Sterbefälle und Urkunden. ",
            AuthorityType.Sozialamt => "Grundsicherung, Hilfe zum Lebensunterhalt und Leistungen nach dem Asylbewerberleistungsgesetz. ",
            AuthorityType.Jobcenter => "Arbeitsvermittlung, Bürgergeld, Berechtigungsschein für den Integrationskurs und Förderung der beruflichen Weiterbildung. ",
            AuthorityType.Auslaenderbehoerde => "Aufenthaltstitel, Verlängerung, Niederlassungserlaubnis, Einbürgerung und Verpflichtung zum Integrationskurs. ",
            AuthorityType.AgenturFuerArbeit => "Berufsberatung, Anerkennung ausländischer Abschlüsse, Ausbildungsvermittlung und Arbeitslosengeld. ",
            AuthorityType.Jugendamt => "Beratung für Familien, Kinderbetreuung, Kita-Plätze, Unterhaltsvorschuss und Hilfen zur Erziehung. ",
            AuthorityType.Gesundheitsamt => "Impfberatung, Schuleingangsuntersuchung und Gesundheitsberatung für Zugewanderte. ",
            AuthorityType.Wohngeldstelle => "Antrag auf Wohngeld und Lastenzuschuss, Beratung zur Miete. ",
            AuthorityType.StaatlichesSchulamt => "Schulanmeldung für neu zugewanderte Kinder, Vorbereitungsklassen und Schulberatung. ",
            _ => "Beratung zu Sprache, Arbeit, Wohnung, Aufenthalt und Familie, kostenlos und vertraulich. ",
        });
        description.Append(authority.ByAppointment ? "Termine nur nach Vereinbarung, bitte buchen Sie online.\n\n" : "Sie können ohne Termin kommen.\n\n");
        description.Append("**Öffnungszeiten**\n\n");
        foreach (var slot in authority.OpeningHours)
        {
            description.Append("- ").Append(slot).Append('\n');
        }

        description.Append(CultureInfo.InvariantCulture, $"\nAdresse: {Pick(random, Streets)} {random.Next(1, 80)}, {home.Name}. ");
        if (authority.Languages.Count > 0)
        {
            description.Append(CultureInfo.InvariantCulture, $"Beratung auch auf {string.Join(" und ", authority.Languages)}. ");
        }

        Fill(random, description, random.Next(0, 2));
        return authority;
    }

    private static void AddTranslations(Random random, Offer offer)
    {
        var roll = random.Next(100);
        if (roll < 15)
        {
            var title = offer switch
            {
                LanguageCourse { CourseType: CourseType.Sprachcafe } => "Language café",
                LanguageCourse { WomenOnly: true } => "German course for women",
                LanguageCourse { CourseType: CourseType.Berufssprachkurs } => "German for work",
                LanguageCourse => Pick(random, ["German course", "Integration course", "German lessons for beginners"]),
                Internship i => $"Internship: {i.OccupationalField}",
                VolunteerCircle => "Refugee support group",
                Authority { AuthorityType: AuthorityType.Buergeramt } => "Citizens' office",
                Authority { AuthorityType: AuthorityType.Auslaenderbehoerde } => "Immigration office",
                _ => "Public office",
            };
            offer.Texts.Add(new OfferText
            {
                Culture = "en",
                Title = title,
                Description = "This offer is open to everyone. Please bring your residence permit. Registration by phone or e-mail; staff also speak English.",
            });
        }

        if (roll is >= 10 and < 18)
        {
            offer.Texts.Add(new OfferText { Culture = "uk", Title = "Курс німецької мови", Description = "Запрошуємо всіх охочих. Реєстрація за телефоном або електронною поштою." });
        }

        if (roll is >= 16 and < 20)
        {
            offer.Texts.Add(new OfferText { Culture = "ar", Title = "دورة اللغة الألمانية", Description = "الدورة مفتوحة للجميع. التسجيل عبر الهاتف أو البريد الإلكتروني." });
        }
    }

    private static string Provider(Random random, Municipality home, string district) => Pick(random, [
        $"Volkshochschule {home.Name}", $"Caritasverband {district}", $"Diakonisches Werk {district}", $"DRK-Kreisverband {home.Name}",
        $"AWO {home.Name}", "Internationaler Bund", "Kolping-Bildungswerk", $"Evangelische Kirchengemeinde {home.Name}",
        $"Katholische Kirchengemeinde St. Martin {home.Name}", $"Sprachschule {Pick(random, Surnames)}", $"Bildungszentrum {home.Name}"]);

    private static void Fill(Random random, StringBuilder description, int sentences)
    {
        foreach (var sentence in PickMany(random, Fillers, sentences))
        {
            description.Append(sentence.Replace("{n}", random.Next(8, 20).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{lang}", Pick(random, Languages), StringComparison.Ordinal)).Append(' ');
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static IEnumerable<T> PickMany<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        random.Shuffle(indexes);
        return indexes.Take(Math.Min(count, items.Count)).Select(i => items[i]);
    }

    private static T Weighted<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }
}
