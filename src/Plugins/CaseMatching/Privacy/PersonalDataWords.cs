namespace IntegrationsNetz.Plugins.CaseMatching.Privacy;

/// <summary>
/// The word lists the personal-data check decides with. Kept apart from the rules so they can grow without touching
/// the logic; every list is matched case-insensitively unless its rule says otherwise.
/// </summary>
internal static class PersonalDataWords
{
    /// <summary>
    /// Capitalised words that stand where a name could stand ("Sohn (8)", "Frau Bürgermeisterin") but name nobody.
    /// </summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kinder", "Kind", "Kindern", "Sohn", "Söhne", "Tochter", "Töchter", "Mann", "Frau", "Frauen", "Männer", "Vater", "Mutter",
        "Eltern", "Elternteil", "Familie", "Familien", "Person", "Personen", "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Plätze",
        "Platz", "Gruppe", "Gruppen", "Kurs", "Kurse", "Termin", "Termine", "Jahre", "Jahren", "Jugendliche", "Jugendlicher",
        "Schüler", "Schülerin", "Geschwister", "Bruder", "Schwester", "Enkel", "Enkelin", "Ehemann", "Ehefrau", "Partner",
        "Partnerin", "Mädchen", "Junge", "Jungen", "Baby", "Babys", "Klasse", "Raum", "Zimmer", "Modul", "Module", "Stunden",
        "Wochen", "Monate", "Ehrenamtliche", "Ehrenamtlicher", "Helfer", "Helferin", "Senior", "Seniorin", "Dame", "Herr", "Herren",
        "Damen", "Lektion", "Lektionen", "Einheiten", "Niveau", "Stufe", "Termine", "Begleitung", "Bürgermeister", "Bürgermeisterin",
        "Pfarrer", "Pfarrerin", "Doktor", "Doktorin", "Professor", "Professorin", "Kollege", "Kollegin", "Kolleginnen", "Kollegen",
        "Lehrerin", "Lehrer", "Ärztin", "Arzt", "Beraterin", "Berater", "Sachbearbeiterin", "Sachbearbeiter", "Integrationsmanagerin",
        "Integrationsmanager", "Dolmetscherin", "Dolmetscher", "Kita", "Schule", "Grundschule", "Stadt", "Gemeinde", "Landkreis",
        "Euro", "Uhr", "Anmeldung", "Kosten", "Gebühr", "Ort", "Treffpunkt", "Alter", "Gesamt", "Mitglieder", "Bewohner",
        "Bewohnerin", "Bewohnerinnen", "Ehrenamt", "Helferkreis", "Ansprechpartner", "Ansprechpartnerin", "Tandem",
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So",
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
        "Integrationskurs", "Sprachkurs", "Deutschkurs", "Sprachcafé", "Hausaufgaben", "Nachhilfe", "Praktikum", "Ausbildung",
        "Klasse", "Kapitel", "Seite", "Etage", "Stock", "Gleis", "Bus", "Linie", "Haltestelle", "Buslinie",
    };

    /// <summary>
    /// Frequent given names among the people the portal serves and the people who help them. A list of names, not of
    /// persons: it lets "begleitet Ahmad zur Ausländerbehörde" be found where no "Herr" or "Frau" stands before it.
    /// </summary>
    public static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal)
    {
        "Ahmad", "Ahmed", "Ahmet", "Mohammed", "Mohamed", "Mohammad", "Muhammad", "Mehmet", "Ali", "Omar", "Umar", "Hassan", "Hasan",
        "Hussein", "Hussain", "Youssef", "Yusuf", "Mustafa", "Ibrahim", "Khaled", "Khalid", "Karim", "Samir", "Tarek", "Tariq", "Bilal",
        "Amir", "Reza", "Hamid", "Farid", "Jamal", "Abdullah", "Abdul", "Mahmoud", "Mahmud", "Nasser", "Walid", "Rami", "Faisal",
        "Idris", "Ismail", "Yasin", "Yassin", "Zaid", "Hamza", "Murat", "Emre", "Osman", "Kemal", "Baran", "Ahmadi", "Jawad", "Navid",
        "Fatima", "Fatma", "Aisha", "Ayse", "Amina", "Mariam", "Maryam", "Leila", "Layla", "Zainab", "Zeynep", "Nour", "Noor", "Rania",
        "Yasmin", "Yasmina", "Samira", "Salma", "Huda", "Dalia", "Zahra", "Fatemeh", "Parisa", "Shirin", "Elif", "Emine", "Hatice",
        "Nadia", "Nadja", "Ghazal", "Soraya", "Mahsa", "Rukhsana", "Latifa", "Khadija", "Asma", "Sana", "Lina", "Rasha", "Hiba",
        "Olena", "Oksana", "Iryna", "Natalia", "Nataliia", "Tetiana", "Svitlana", "Yulia", "Olha", "Kateryna", "Mariia", "Anastasiia",
        "Andrii", "Oleksandr", "Oleksii", "Dmytro", "Serhii", "Mykola", "Vasyl", "Bohdan", "Taras", "Yurii", "Viktoriia", "Halyna",
        "Tesfay", "Yonas", "Semhar", "Filmon", "Dawit", "Selam", "Abdi", "Abebe", "Tsegay", "Mulu", "Aman", "Haile", "Kidane",
        "Chinedu", "Emeka", "Ngozi", "Amadou", "Mamadou", "Ousmane", "Fatou", "Aminata", "Ibrahima", "Lamin", "Modou",
        "Giorgi", "Nino", "Levan", "Arben", "Blerta", "Dritan", "Elira", "Besnik",
        "Sabine", "Petra", "Monika", "Ursula", "Renate", "Gisela", "Brigitte", "Jürgen", "Klaus", "Wolfgang", "Dieter", "Uwe",
        "Hannelore", "Ingrid", "Heike", "Birgit", "Kerstin", "Claudia", "Susanne", "Annette", "Gudrun", "Hartmut", "Reinhard",
    };

    /// <summary>Countries by the form they take after "aus": the nationality in "aus Syrien".</summary>
    public static readonly string[] Countries =
    [
        "Syrien", "Afghanistan", "Irak", "dem Irak", "Iran", "dem Iran", "der Türkei", "Türkei", "der Ukraine", "Ukraine", "Eritrea",
        "Somalia", "Nigeria", "Gambia", "Georgien", "Marokko", "Pakistan", "Äthiopien", "dem Sudan", "Sudan", "dem Jemen", "Jemen",
        "Kamerun", "Guinea", "dem Kosovo", "Kosovo", "Albanien", "Serbien", "Rumänien", "Bulgarien", "Russland", "Tunesien",
        "Algerien", "Ägypten", "dem Libanon", "Libanon", "Palästina", "Indien", "Bangladesch", "Sri Lanka", "Venezuela", "Kolumbien",
        "Nordmazedonien", "Moldau", "Belarus", "Tschetschenien", "Libyen", "Mali", "Senegal", "Ghana", "Kongo", "dem Kongo",
    ];

    /// <summary>Adjective stems: "syrisch" matches "syrische", "syrischer", "syrischen".</summary>
    public static readonly string[] NationalityAdjectives =
    [
        "syrisch", "afghanisch", "irakisch", "iranisch", "türkisch", "ukrainisch", "eritreisch", "somalisch", "nigerianisch",
        "gambisch", "georgisch", "marokkanisch", "pakistanisch", "äthiopisch", "sudanesisch", "jemenitisch", "kamerunisch",
        "guineisch", "kosovarisch", "albanisch", "serbisch", "rumänisch", "bulgarisch", "russisch", "tunesisch", "algerisch",
        "ägyptisch", "libanesisch", "palästinensisch", "indisch", "venezolanisch", "kolumbianisch", "tschetschenisch", "libysch",
        "ghanaisch", "kongolesisch", "senegalesisch", "malisch", "moldauisch", "belarussisch",
    ];

    /// <summary>Nouns for a person of a nationality, without the feminine ending (it is matched as well).</summary>
    public static readonly string[] NationalityNouns =
    [
        "Syrer", "Afghane", "Afghanin", "Iraker", "Iraner", "Türke", "Türkin", "Ukrainer", "Eritreer", "Somalier", "Nigerianer",
        "Gambier", "Georgier", "Marokkaner", "Pakistaner", "Äthiopier", "Sudanese", "Sudanesin", "Jemenit", "Kameruner", "Guineer",
        "Kosovare", "Kosovarin", "Albaner", "Serbe", "Serbin", "Rumäne", "Rumänin", "Bulgare", "Bulgarin", "Russe", "Russin", "Tunesier",
        "Algerier", "Ägypter", "Libanese", "Libanesin", "Palästinenser", "Inder", "Venezolaner", "Kolumbianer", "Tschetschene",
        "Tschetschenin", "Libyer", "Ghanaer", "Kongolese", "Kongolesin", "Senegalese", "Senegalesin",
    ];

    /// <summary>Languages: "auf Arabisch" or "in Dari" is a language, never a place.</summary>
    public static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arabisch", "Deutsch", "Englisch", "Französisch", "Türkisch", "Kurdisch", "Kurmandschi", "Sorani", "Persisch", "Farsi",
        "Dari", "Paschtu", "Tigrinya", "Tigrinisch", "Amharisch", "Somali", "Ukrainisch", "Russisch", "Albanisch", "Serbisch",
        "Rumänisch", "Bulgarisch", "Georgisch", "Urdu", "Hindi", "Spanisch", "Italienisch", "Polnisch", "Leichter", "Leichte",
    };

    /// <summary>
    /// Words that make an address a public place (an office, a school, a meeting room), not where someone lives.
    /// Matched as parts of words: "Landratsamt", "Bürgerbüro", "Jobcenter".
    /// </summary>
    public static readonly string[] PublicPlaces =
    [
        "rathaus", "amt", "behörde", "agentur", "jobcenter", "vhs", "volkshochschule", "bürgerbüro", "büro", "beratung", "caritas",
        "diakonie", "drk", "awo", "malteser", "johanniter", "bibliothek", "bücherei", "schule", "kita", "kindergarten", "klinik",
        "krankenhaus", "praxis", "bahnhof", "gemeindehaus", "kirche", "moschee", "stadthalle", "halle", "zentrum", "tafel",
        "kleiderkammer", "begegnungsstätte", "café", "cafe", "verein", "museum", "sporthalle", "sportplatz", "schwimmbad",
        "migrationsdienst", "jugendmigrationsdienst", "ihk", "handwerkskammer", "kammer", "bank", "post", "polizei", "gericht",
        "landratsamt", "hochschule", "universität", "sprachschule", "akademie", "bildungswerk", "werkstatt", "mehrgenerationenhaus",
        "haus der", "stadtbücherei", "familienzentrum", "stadtteil", "quartier", "laden", "markt", "einkaufszentrum", "apotheke",
        "arbeitsagentur", "sozialamt", "ausländerbehörde", "standesamt", "gesundheitsamt", "jugendamt", "geschäftsstelle",
    ];

    /// <summary>Homes where people are placed in rooms: with one of these, "Zimmer 12" points at one person.</summary>
    public static readonly string[] Accommodations =
    [
        "unterkunft", "wohnheim", "asylheim", "übergangsheim", "anschlussunterbringung", "unterbringung", "erstaufnahme",
        "containerdorf", "container", "wohnanlage", "wohnt", "wohnen", "lebt", "gu", "lea", "eae",
    ];
}
