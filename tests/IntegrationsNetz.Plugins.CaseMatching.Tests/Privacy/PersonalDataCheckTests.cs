using IntegrationsNetz.Plugins.CaseMatching.Privacy;

namespace IntegrationsNetz.Plugins.CaseMatching.Tests.Privacy;

/// <summary>Exact findings per kind: which words, at which offsets, with which explanation; and what is left alone.</summary>
public sealed class PersonalDataCheckTests
{
    private readonly PersonalDataCheck _check = new(new FixedTime(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_mobile_number_is_found_with_its_offsets_and_a_German_explanation()
    {
        const string text = "Rückfragen bitte unter 0176 23456789, gern auf Arabisch.";

        var finding = Assert.Single(_check.Find(text));

        Assert.Equal(PersonalDataKind.Phone, finding.Kind);
        Assert.Equal(23, finding.Start);
        Assert.Equal(13, finding.Length);
        Assert.Equal("0176 23456789", finding.Text);
        Assert.StartsWith("Telefonnummer: Kontaktdaten verlassen den Fall nicht.", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Erreichbar über +49 7161 650123.", "+49 7161 650123")]
    [InlineData("WhatsApp +963 944 123 456", "+963 944 123 456")]
    [InlineData("Kontakt: 0049 176 34567890", "0049 176 34567890")]
    [InlineData("Tel. 07161/650123", "07161/650123")]
    public void Phone_numbers_in_German_and_international_forms_are_found(string text, string number) =>
        Assert.Equal((PersonalDataKind.Phone, number), Only(text));

    [Theory]
    [InlineData("Die Ausländerbehörde ist unter 07161 202-0 erreichbar.")]
    [InlineData("Servicenummer des Jobcenters: 0800 4 5555 00")]
    [InlineData("Der Kurs beginnt am 02.02.2027 um 9 Uhr.")]
    public void Office_numbers_and_dates_are_not_phone_numbers(string text) =>
        Assert.Empty(_check.Find(text));

    [Fact]
    public void An_email_address_is_found() =>
        Assert.Equal((PersonalDataKind.Email, "olena.k@example.org"), Only("Bitte an olena.k@example.org schreiben."));

    [Theory]
    [InlineData("Treffpunkt bei ihr zu Hause, Goethestraße 21.", "Goethestraße 21")]
    [InlineData("Wohnadresse: Am Bach 3, Göppingen.", "Am Bach 3")]
    [InlineData("Hauptstraße, 73061 Ebersbach: dort abholen.", "Hauptstraße, 73061")]
    [InlineData("Die Familie wohnt in der Uhlandstraße.", "Uhlandstraße")]
    public void A_street_with_a_house_number_a_postcode_or_a_home_is_an_address(string text, string address) =>
        Assert.Equal((PersonalDataKind.Address, address), Only(text));

    [Theory]
    [InlineData("Begleitung zur Agentur für Arbeit, Bahnhofstraße 12, Göppingen.")]
    [InlineData("Treffpunkt vor dem Rathaus, Schlossplatz 1, um 9:45 Uhr.")]
    [InlineData("73033 Göppingen")]
    [InlineData("Begleitung zur Tafel in der Schillerstraße, dienstags ab 13 Uhr.")]
    public void Public_offices_with_their_address_postcodes_alone_and_streets_alone_are_not_personal(string text) =>
        Assert.Empty(_check.Find(text));

    [Theory]
    [InlineData("Hilfe beim Antrag, geb. 03.04.1988, Sprache Farsi.", "03.04.1988")]
    [InlineData("Geboren am 12. März 1979 in Kabul.", "12. März 1979")]
    [InlineData("Jahrgang 1961, Hilfe beim Rentenantrag.", "Jahrgang 1961")]
    [InlineData("Das Datum 01.01.1990 steht falsch im Bescheid.", "01.01.1990")]
    public void Birth_dates_are_found_by_their_context_or_by_lying_far_in_the_past(string text, string date) =>
        Assert.Equal((PersonalDataKind.BirthDate, date), Only(text));

    [Theory]
    [InlineData("Ahmad (34) möchte Deutsch üben.", "Ahmad (34)")]
    [InlineData("Yonas, 22, sucht einen Praktikumsplatz.", "Yonas, 22")]
    [InlineData("Der 8-jährige Yusuf braucht Lesehilfe.", "8-jährige Yusuf")]
    public void A_name_with_an_age_is_found(string text, string words) =>
        Assert.Equal((PersonalDataKind.AgeWithName, words), Only(text));

    [Theory]
    [InlineData("Mutter (38) und Tochter (12) suchen einen Schwimmkurs.")]
    [InlineData("Ein 45-jähriger Mann sucht Hilfe beim Lernen.")]
    public void An_age_without_a_name_is_not_personal(string text) =>
        Assert.Empty(_check.Find(text));

    [Fact]
    public void A_valid_iban_is_found_and_one_with_a_wrong_checksum_is_not()
    {
        Assert.Equal((PersonalDataKind.Iban, "DE89 3704 0044 0532 0130 00"), Only("Die Miete geht auf DE89 3704 0044 0532 0130 00."));
        Assert.True(PersonalDataCheck.IsIban("DE89370400440532013000"));
        Assert.False(PersonalDataCheck.IsIban("DE88370400440532013000"));
        Assert.DoesNotContain(_check.Find("Die Miete geht auf DE88 3704 0044 0532 0130 00."), f => f.Kind == PersonalDataKind.Iban);
    }

    [Theory]
    [InlineData("BAMF-Verfahren 7654321-475: Anhörung in Karlsruhe.", "7654321-475")]
    [InlineData("Bitte das Aktenzeichen 4321-22/AB angeben.", "Aktenzeichen 4321-22/AB")]
    [InlineData("Passnummer P1234567 muss ins Formular.", "Passnummer P1234567")]
    [InlineData("Az.: 52-2026/1187 bitte angeben.", "Az.: 52-2026/1187")]
    [InlineData("Kundennummer 123D456789 beim Jobcenter.", "Kundennummer 123D456789")]
    public void File_and_document_numbers_are_found(string text, string words) =>
        Assert.Equal((PersonalDataKind.FileNumber, words), Only(text));

    [Theory]
    [InlineData("Rückfragen an Herrn Haddad.", "Herrn Haddad")]
    [InlineData("Hilfe für Familie Demir bei der Anmeldung.", "Familie Demir")]
    [InlineData("Bitte Fr. Petrenko am Bahnhof abholen.", "Fr. Petrenko")]
    [InlineData("Frau M. aus dem Kurs braucht Hilfe.", "Frau M.")]
    [InlineData("Karim Haddad sucht einen Praktikumsplatz.", "Karim Haddad")]
    [InlineData("Die Person heißt Amina.", "heißt Amina")]
    public void Names_after_a_title_or_in_a_name_position_are_found(string text, string words) =>
        Assert.Equal((PersonalDataKind.Name, words), Only(text));

    [Theory]
    [InlineData("Die Frau ist schwanger und braucht Begleitung.", "schwanger")]
    [InlineData("Der Herr hat Diabetes.", "Diabetes")]
    [InlineData("Rollstuhlfahrer sucht Begleitung zum Rathaus.", "Rollstuhlfahrer")]
    [InlineData("Begleitung zur Suchtberatung am Montag.", "Suchtberatung")]
    public void Health_details_tied_to_the_person_are_found(string text, string words) =>
        Assert.Equal((PersonalDataKind.Health, words), Only(text));

    [Theory]
    [InlineData("Der Treffpunkt ist rollstuhlgerecht erreichbar.")]
    [InlineData("Fahrdienst zum Infoabend über Diabetes im Gemeindehaus.")]
    [InlineData("Die Familie sucht eine Wohnung in Eislingen.")]
    [InlineData("Frau sucht eine Arbeit in der Gastronomie.")]
    public void Places_for_everyone_public_topics_and_the_verb_suchen_are_not_health_details(string text) =>
        Assert.Empty(_check.Find(text));

    [Fact]
    public void A_room_in_a_named_accommodation_is_found_but_an_office_room_is_not()
    {
        Assert.Equal((PersonalDataKind.Accommodation, "Zimmer 12"), Only("Abholen in Zimmer 12 in der Gemeinschaftsunterkunft Nord."));
        Assert.Empty(_check.Find("Die Sprechstunde im Rathaus, Zimmer 12, ist donnerstags."));
        Assert.Empty(_check.Find("Der Kurs findet im Raum 204 der VHS statt."));
    }

    [Fact]
    public void Nationality_exact_age_and_place_together_are_found_and_each_alone_is_not()
    {
        Assert.Equal((PersonalDataKind.NationalityAgePlace, "34-jähriger Syrer aus Ebersbach"), Only("Ein 34-jähriger Syrer aus Ebersbach sucht einen Tandempartner."));
        Assert.Empty(_check.Find("Eine Frau aus Syrien sucht Kontakt zu anderen Müttern in Göppingen."));
        Assert.Empty(_check.Find("Ein 34-jähriger Mann sucht einen Tandempartner in Ebersbach."));
    }

    [Theory]
    [InlineData("Deutsch B1, Ziel ist die C1-Prüfung; der Kurs A2.2 läuft Mo–Do 8:30–12:00 Uhr.")]
    [InlineData("Der Integrationskurs kostet 2,29 € pro Stunde, Anmeldung bis 15.01.2027.")]
    [InlineData("Öffnungszeiten: Mo–Fr 08:00–12:00, Do 14:00–18:00.")]
    [InlineData("Begleitung zur Ausländerbehörde Göppingen am Dienstagvormittag, Sprache Arabisch.")]
    [InlineData("Kurs Nr. 261-4032 an der VHS, Kursnummer 27A-1203.")]
    [InlineData("")]
    [InlineData(null)]
    public void Levels_times_prices_course_dates_course_numbers_and_offices_are_not_personal(string? text) =>
        Assert.Empty(_check.Find(text));

    [Fact]
    public void Findings_are_in_text_order_and_never_overlap()
    {
        var findings = _check.Find("Frau Rahimi, geb. 03.04.1988, Tel. 0176 23456789, wohnt in der Uhlandstraße 3 und ist schwanger.");

        Assert.Equal(
            [PersonalDataKind.Name, PersonalDataKind.BirthDate, PersonalDataKind.Phone, PersonalDataKind.Address, PersonalDataKind.Health],
            findings.Select(f => f.Kind));
        Assert.True(findings.Zip(findings.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    private (PersonalDataKind Kind, string Text) Only(string text)
    {
        var finding = Assert.Single(_check.Find(text));
        Assert.Equal(finding.Text, text.Substring(finding.Start, finding.Length));
        return (finding.Kind, finding.Text);
    }
}
