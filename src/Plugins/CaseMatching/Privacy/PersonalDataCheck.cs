using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using PhoneNumbers;

namespace IntegrationsNetz.Plugins.CaseMatching.Privacy;

/// <summary>
/// Finds personal data in a German text that is about to leave a case (a volunteer request, meeting details, a
/// message): contact data, addresses, birth dates, names, file numbers, IBANs, health details (Art. 9 DSGVO), rooms
/// in an accommodation and the combination of nationality, exact age and place. A form marks the findings and
/// refuses to publish while there are any.
/// <para>
/// Rules rather than a model: every finding has to be explained to the manager in words, and a false alarm has to be
/// fixable by rephrasing. Levels (A2, B1), postcodes alone, times, prices, course dates and public offices with
/// their addresses are not personal and are left alone (docs/personal-data-check.md).
/// </para>
/// </summary>
public sealed partial class PersonalDataCheck(TimeProvider time)
{
    /// <summary>A date at least this many years back is someone's birth date, not a course date.</summary>
    private const int BirthDateYears = 14;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>When two findings overlap, the earlier kind in this order wins (a BAMF number also looks like a phone number).</summary>
    private static readonly PersonalDataKind[] Priority =
    [
        PersonalDataKind.Iban, PersonalDataKind.Email, PersonalDataKind.FileNumber, PersonalDataKind.BirthDate, PersonalDataKind.Phone,
        PersonalDataKind.Address, PersonalDataKind.Accommodation, PersonalDataKind.AgeWithName, PersonalDataKind.NationalityAgePlace,
        PersonalDataKind.Name, PersonalDataKind.Health,
    ];

    public bool ContainsPersonalData(string? text) => Find(text).Count > 0;

    /// <summary>The findings in the order they stand in the text, none overlapping another.</summary>
    public IReadOnlyList<PersonalDataFinding> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var context = new TextContext(text, time.GetUtcNow().Year);
        var found = new List<(PersonalDataKind Kind, int Start, int Length)>();
        FindIbans(context, found);
        FindEmails(context, found);
        FindFileNumbers(context, found);
        FindBirthDates(context, found);
        FindPhones(context, found);
        FindAddresses(context, found);
        FindRooms(context, found);
        FindAgesWithNames(context, found);
        FindNationalityAgePlace(context, found);
        FindNames(context, found);
        FindHealth(context, found);

        var kept = new List<(PersonalDataKind Kind, int Start, int Length)>();
        foreach (var candidate in found.OrderBy(f => Array.IndexOf(Priority, f.Kind)).ThenByDescending(f => f.Length))
        {
            if (!kept.Any(k => candidate.Start < k.Start + k.Length && k.Start < candidate.Start + candidate.Length))
            {
                kept.Add(candidate);
            }
        }

        return kept.OrderBy(k => k.Start)
            .Select(k => new PersonalDataFinding(k.Kind, k.Start, k.Length, text.Substring(k.Start, k.Length), Texts.Get($"PersonalData_{k.Kind}")))
            .ToList();
    }

    private static void FindIbans(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (Match m in IbanPattern().Matches(c.Text))
        {
            if (IsIban(m.Value))
            {
                found.Add((PersonalDataKind.Iban, m.Index, m.Length));
            }
        }
    }

    /// <summary>ISO 13616: the country and check digits moved to the end, letters as 10..35, the number mod 97 is 1.</summary>
    public static bool IsIban(string candidate)
    {
        var compact = string.Concat(candidate.Where(ch => !char.IsWhiteSpace(ch))).ToUpperInvariant();
        if (compact.Length is < 15 or > 34 || (compact.StartsWith("DE", StringComparison.Ordinal) && compact.Length != 22))
        {
            return false;
        }

        var digits = string.Concat((compact[4..] + compact[..4]).Select(ch => char.IsLetter(ch) ? (ch - 'A' + 10).ToString(CultureInfo.InvariantCulture) : ch.ToString()));
        return digits.All(char.IsAsciiDigit) && BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static void FindEmails(TextContext c, List<(PersonalDataKind, int, int)> found) =>
        Add(found, PersonalDataKind.Email, EmailPattern().Matches(c.Text));

    private static void FindFileNumbers(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        Add(found, PersonalDataKind.FileNumber, BamfNumberPattern().Matches(c.Text));
        foreach (Match m in FileNumberAfterKeywordPattern().Matches(c.Text))
        {
            var id = m.Groups["id"];
            if (id.Value.Count(char.IsAsciiDigit) >= 3)
            {
                found.Add((PersonalDataKind.FileNumber, m.Index, id.Index + id.Length - m.Index));
            }
        }

        // A passport or a Jobcenter number stands on its own too: letters and at least five digits in one word.
        foreach (Match m in DocumentNumberPattern().Matches(c.Text))
        {
            if (m.Value.Count(char.IsAsciiDigit) >= 5 && m.Value.Any(char.IsAsciiLetterUpper) && !c.Before(m.Index, 25).Contains("kurs", StringComparison.OrdinalIgnoreCase))
            {
                found.Add((PersonalDataKind.FileNumber, m.Index, m.Length));
            }
        }
    }

    private static void FindBirthDates(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (Match m in DatePattern().Matches(c.Text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year >= 100 ? year : year + (year > c.Year % 100 ? 1900 : 2000);
            var after = c.Text[(m.Index + m.Length)..Math.Min(c.Text.Length, m.Index + m.Length + 12)];
            if (year <= c.Year - BirthDateYears || BirthWordBeforePattern().IsMatch(c.Before(m.Index, 30)) || BirthWordAfterPattern().IsMatch(after))
            {
                found.Add((PersonalDataKind.BirthDate, m.Index, m.Length));
            }
        }

        Add(found, PersonalDataKind.BirthDate, BirthYearPattern().Matches(c.Text));
    }

    private static void FindPhones(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (var m in Phones.FindNumbers(c.Text, "DE", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            // Service numbers (0800, 0180) are offices'; so is a landline next to an office's name. A mobile is a person's.
            var type = Phones.GetNumberType(m.Number);
            if (DatePattern().IsMatch(m.RawString))
            {
                // "02.02.2027" is a valid number to the library, and a course date to the reader.
                continue;
            }

            var office = type is PhoneNumberType.TOLL_FREE or PhoneNumberType.SHARED_COST
                || (type != PhoneNumberType.MOBILE && c.IsPublicPlace(m.Start, m.Length));
            if (!office)
            {
                found.Add((PersonalDataKind.Phone, m.Start, m.Length));
            }
        }

        // "Tel. 0123 45678" is meant as a phone number even where the number itself is not a valid one.
        foreach (Match m in PhoneAfterKeywordPattern().Matches(c.Text))
        {
            var number = m.Groups["number"];
            if (number.Value.Count(char.IsAsciiDigit) >= 6 && !c.IsPublicPlace(number.Index, number.Length))
            {
                found.Add((PersonalDataKind.Phone, number.Index, number.Length));
            }
        }
    }

    private static void FindAddresses(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (Match m in StreetWithNumberPattern().Matches(c.Text))
        {
            if (!PersonalDataWords.NotNames.Contains(m.Groups["street"].Value.Split(' ')[^1]) && !c.IsPublicPlace(m.Index, m.Length))
            {
                found.Add((PersonalDataKind.Address, m.Index, m.Length));
            }
        }

        // Without a house number a street is personal where it says where someone lives, or stands with a postcode.
        foreach (Match m in StreetPattern().Matches(c.Text))
        {
            if (c.IsPublicPlace(m.Index, m.Length))
            {
                continue;
            }

            var (start, end) = c.Sentence(m.Index);
            var postcode = PostcodePattern().Matches(c.Text[start..end]).FirstOrDefault(p => Math.Abs(start + p.Index - m.Index) < 50);
            if (LivesPattern().IsMatch(c.Before(m.Index, 30)))
            {
                found.Add((PersonalDataKind.Address, m.Index, m.Length));
            }
            else if (postcode is not null)
            {
                var from = Math.Min(m.Index, start + postcode.Index);
                var to = Math.Max(m.Index + m.Length, start + postcode.Index + postcode.Length);
                found.Add((PersonalDataKind.Address, from, to - from));
            }
        }
    }

    private static void FindRooms(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (Match m in RoomPattern().Matches(c.Text))
        {
            var (start, end) = c.Sentence(m.Index);
            if (c.WordsIn(start, end).Any(w => PersonalDataWords.Accommodations.Any(a => w.Equals(a, StringComparison.OrdinalIgnoreCase) || (a.Length > 3 && w.Contains(a, StringComparison.OrdinalIgnoreCase)))))
            {
                found.Add((PersonalDataKind.Accommodation, m.Index, m.Length));
            }
        }
    }

    private static void FindAgesWithNames(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (var match in NameThenAgePattern().Matches(c.Text).Concat(AgeThenNamePattern().Matches(c.Text)))
        {
            var name = match.Groups["name"].Value;
            if (!PersonalDataWords.NotNames.Contains(name) && !IsNationality(name) && !PersonalDataWords.Countries.Contains(name))
            {
                found.Add((PersonalDataKind.AgeWithName, match.Index, match.Length));
            }
        }
    }

    private static void FindNationalityAgePlace(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (var (start, end) in c.Sentences)
        {
            var sentence = c.Text[start..end];
            var age = ExactAgePattern().Match(sentence);
            var nationality = NationalityPattern().Match(sentence);
            var place = PlacePattern().Matches(sentence).FirstOrDefault(p => IsPlace(p.Groups["place"].Value));
            if (age.Success && nationality.Success && place is not null)
            {
                var from = start + Math.Min(age.Index, Math.Min(nationality.Index, place.Index));
                var to = start + Math.Max(age.Index + age.Length, Math.Max(nationality.Index + nationality.Length, place.Index + place.Length));
                found.Add((PersonalDataKind.NationalityAgePlace, from, to - from));
            }
        }
    }

    private static void FindNames(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (var match in TitleThenNamePattern().Matches(c.Text).Concat(NamedPattern().Matches(c.Text)))
        {
            var name = match.Groups["name"];
            if (!PersonalDataWords.NotNames.Contains(name.Value.TrimEnd('.')) && !IsNationality(name.Value))
            {
                found.Add((PersonalDataKind.Name, match.Index, name.Index + name.Length - match.Index));
            }
        }

        foreach (Match m in CapitalisedWordPattern().Matches(c.Text))
        {
            if (PersonalDataWords.GivenNames.Contains(m.Value))
            {
                var next = FollowingSurnamePattern().Match(c.Text, m.Index + m.Length);
                var length = next.Success && next.Index == m.Index + m.Length && !PersonalDataWords.NotNames.Contains(next.Groups["surname"].Value)
                    ? m.Length + next.Length
                    : m.Length;
                found.Add((PersonalDataKind.Name, m.Index, length));
            }
        }
    }

    private static void FindHealth(TextContext c, List<(PersonalDataKind, int, int)> found)
    {
        foreach (var m in HealthPattern().Matches(c.Text).Concat(AddictionPattern().Matches(c.Text)))
        {
            // A place built for everyone ("rollstuhlgerecht") or a public topic ("Infoabend zu Diabetes") is about nobody.
            if (!NotAboutAPersonPattern().IsMatch(m.Value) && !HealthTopicBeforePattern().IsMatch(c.Before(m.Index, 35)))
            {
                found.Add((PersonalDataKind.Health, m.Index, m.Length));
            }
        }
    }

    private static bool IsNationality(string word) =>
        PersonalDataWords.NationalityNouns.Any(n => word.StartsWith(n, StringComparison.Ordinal));

    private static bool IsPlace(string word) =>
        !PersonalDataWords.Languages.Contains(word)
        && !PersonalDataWords.NotNames.Contains(word)
        && !PersonalDataWords.Countries.Any(country => country.EndsWith(word, StringComparison.Ordinal))
        && !IsNationality(word);

    private static void Add(List<(PersonalDataKind, int, int)> found, PersonalDataKind kind, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            found.Add((kind, m.Index, m.Length));
        }
    }

    /// <summary>The text with its sentences, so a rule can look for its context in the same sentence only.</summary>
    private sealed class TextContext
    {
        public TextContext(string text, int year)
        {
            Text = text;
            Year = year;
            var start = 0;
            foreach (Match end in SentenceEndPattern().Matches(text))
            {
                Sentences.Add((start, end.Index + end.Length));
                start = end.Index + end.Length;
            }

            Sentences.Add((start, text.Length));
        }

        public string Text { get; }

        public int Year { get; }

        public List<(int Start, int End)> Sentences { get; } = [];

        public (int Start, int End) Sentence(int index) => Sentences.First(s => index < s.End || s.End == Text.Length);

        /// <summary>Up to <paramref name="length"/> characters before the index, within its sentence.</summary>
        public string Before(int index, int length)
        {
            var from = Math.Max(Sentence(index).Start, index - length);
            return Text[from..index];
        }

        public IEnumerable<string> WordsIn(int start, int end) =>
            WordPattern().Matches(Text[start..end]).Select(m => m.Value);

        /// <summary>
        /// An office, a school, a meeting room: a word of <see cref="PersonalDataWords.PublicPlaces"/> among the six words
        /// before or the four after, in the same sentence and outside the address itself ("Agentur für Arbeit, Bahnhofstraße 12").
        /// </summary>
        public bool IsPublicPlace(int index, int length)
        {
            var (start, end) = Sentence(index);
            var around = WordsIn(start, index).TakeLast(6).Concat(WordsIn(index + length, end).Take(4));
            return around.Any(IsPublicWord);
        }

        private static bool IsPublicWord(string word)
        {
            var lower = word.ToLowerInvariant();
            if (lower is "gesamt" or "insgesamt" or "samt")
            {
                return false;
            }

            return PersonalDataWords.PublicPlaces.Any(p => lower == p || lower.EndsWith(p, StringComparison.Ordinal) || (p.Length > 3 && lower.StartsWith(p, StringComparison.Ordinal)));
        }
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[A-ZÄÖÜ„""])|\n")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")]
    private static partial Regex IbanPattern();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b")]
    private static partial Regex EmailPattern();

    /// <summary>The BAMF's file number: seven digits, a dash, the three digits of the country of origin.</summary>
    [GeneratedRegex(@"\b\d{7}\s?-\s?\d{3}\b")]
    private static partial Regex BamfNumberPattern();

    [GeneratedRegex(@"\b(?:Aktenzeichen|Az|AZ|Geschäftszeichen|Gz|Kundennummer|Kunden-Nr|BG-Nummer|BG-Nr|Bedarfsgemeinschaftsnummer|Nummer der Bedarfsgemeinschaft|Ausweisnummer|Ausweis-Nr|Passnummer|Pass-Nr|Reisepassnummer|Dokumentennummer|Seriennummer|Aufenthaltstitel|Aufenthaltserlaubnis|Niederlassungserlaubnis|eAT-Nummer|eAT|Fiktionsbescheinigung|Duldung|Aufenthaltsgestattung|Ankunftsnachweis|BAMF-Nummer|BAMF-Nr|BAMF-Aktenzeichen|Versichertennummer|Versicherungsnummer|Sozialversicherungsnummer|Rentenversicherungsnummer|SV-Nummer|Steuer-ID|Steuer-Identifikationsnummer|Steuernummer|AZR-Nummer|Vorgangsnummer)\b\.?[^\S\n]*:?[^\S\n]*(?:(?:Nr\.|Nummer)[^\S\n]*:?[^\S\n]*)?(?<id>[A-Z0-9][A-Z0-9/.\-]*(?:[^\S\n][A-Z0-9/.\-]*\d[A-Z0-9/.\-]*)*)")]
    private static partial Regex FileNumberAfterKeywordPattern();

    [GeneratedRegex(@"\b[A-Z0-9]{8,14}\b")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.\s?(?:(?<m>\d{1,2})\.\s?|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s)(?<y>\d{4}|\d{2})\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:geb\.|geboren|Geburtsdatum|Geb\.-Datum|Geburtstag|Geburtsjahr|\*)\s*(?:am|im|in)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BirthWordBeforePattern();

    [GeneratedRegex(@"^\s*(?:geboren|geb\.|zur Welt gekommen)")]
    private static partial Regex BirthWordAfterPattern();

    [GeneratedRegex(@"(?:\bgeb\.|\bgeboren|\bGeburtsjahr|\bJahrgang|\bJg\.|\*)[^\S\n]*(?:am|im|in)?[^\S\n]*(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthYearPattern();

    [GeneratedRegex(@"\b(?:Tel|Telefon(?:nummer)?|Tel\.-Nr|Handy(?:nummer)?|Mobil(?:nummer)?|WhatsApp|Signal|Rufnummer|erreichbar unter)\b\.?[^\S\n]*:?[^\S\n]*(?<number>\+?[\d(][\d\s/()\-]{4,}\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneAfterKeywordPattern();

    // "Danziger Weg 4": the last word may stand alone; "Platz" and "Ring" alone are too often something else.
    private const string StreetWord = @"(?:[A-ZÄÖÜ][\p{L}\-]*?(?:straße|strasse|str\.|Straße|Strasse|weg|gasse|platz|allee|ring|damm|steige|steig|pfad|graben|anger|chaussee|promenade|ufer|zeile|hof)|(?<=[A-ZÄÖÜ][\p{L}]+er\s)(?:Straße|Strasse|Weg|Gasse|Allee|Damm|Steige|Pfad|Graben))";

    private const string StreetPhrase = @"(?:Am|Im|An der|An den|Auf der|Auf dem|In der|In den|Zum|Zur|Unter den|Hinter der|Hinter dem|Beim|Vor dem)\s[A-ZÄÖÜ][\p{L}\-]+";

    private const string NotAHouseNumber = @"(?!\s*(?:Uhr|h\b|€|Euro|%|km|Min|Minuten|Jahre|Personen|Plätze|Teilnehm|Kinder|Stunden|Wochen|Tage|[.,:]\d))";

    [GeneratedRegex(@"\b(?<street>" + StreetWord + @"|" + StreetPhrase + @")[^\S\n]?(?<no>\d{1,3}(?:[^\S\n]?[a-h])?)\b" + NotAHouseNumber)]
    private static partial Regex StreetWithNumberPattern();

    [GeneratedRegex(@"\b" + StreetWord + @"\b")]
    private static partial Regex StreetPattern();

    [GeneratedRegex(@"\b\d{5}\b(?!\s*(?:€|Euro))")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"\b(?:wohnt|wohnen|wohnhaft|lebt|leben|Wohnort|Wohnadresse|Adresse|Anschrift|zu Hause)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LivesPattern();

    [GeneratedRegex(@"\b(?:Zimmer|Zi\.|Zimmernummer|Wohnung|Whg\.|Wohneinheit|Container|Haus|Gebäude|Block|Appartement|Apartment|Raum)[^\S\n]*(?:Nr\.[^\S\n]*)?\d{1,4}[a-h]?\b" + NotAHouseNumber)]
    private static partial Regex RoomPattern();

    [GeneratedRegex(@"\b(?<name>[A-ZÄÖÜ][a-zäöüß]+)(?:[^\S\n]?\(\s?(?<age>\d{1,2})(?:\s?J\.|\s?Jahre)?\s?\)|,[^\S\n]?(?<age>\d{1,2})(?:[^\S\n]?(?:Jahre|J\.))?(?=[^\S\n]?[,;)]|[^\S\n](?:Jahre|alt)))")]
    private static partial Regex NameThenAgePattern();

    [GeneratedRegex(@"\b\d{1,2}-?jährige[rnms]?[^\S\n]+(?<name>[A-ZÄÖÜ][a-zäöüß]+)\b")]
    private static partial Regex AgeThenNamePattern();

    [GeneratedRegex(@"\b\d{1,2}[^\S\n]?(?:Jahre|J\.)(?=\W|$)|\b\d{1,2}-?jährige?\w*|,[^\S\n]?\d{1,2}[^\S\n]?,|\(\d{1,2}\)|\bAlter:?[^\S\n]\d{1,2}\b")]
    private static partial Regex ExactAgePattern();

    [GeneratedRegex(@"\b(?:syrisch|afghanisch|irakisch|iranisch|türkisch|ukrainisch|eritreisch|somalisch|nigerianisch|gambisch|georgisch|marokkanisch|pakistanisch|äthiopisch|sudanesisch|jemenitisch|kamerunisch|guineisch|kosovarisch|albanisch|serbisch|rumänisch|bulgarisch|russisch|tunesisch|algerisch|ägyptisch|libanesisch|palästinensisch|indisch|venezolanisch|kolumbianisch|tschetschenisch|libysch|ghanaisch|kongolesisch|senegalesisch|malisch|moldauisch|belarussisch)(?:e|er|en|es|em)\b|\b(?:Syrer|Afghane|Afghanin|Iraker|Iraner|Türke|Türkin|Ukrainer|Eritreer|Somalier|Nigerianer|Gambier|Georgier|Marokkaner|Pakistaner|Äthiopier|Sudanese|Sudanesin|Jemenit|Kameruner|Kosovare|Kosovarin|Albaner|Serbe|Serbin|Rumäne|Rumänin|Bulgare|Bulgarin|Russe|Russin|Tunesier|Algerier|Ägypter|Libanese|Libanesin|Palästinenser|Venezolaner|Kolumbianer|Tschetschene|Tschetschenin|Libyer|Ghanaer|Kongolese|Kongolesin)(?:in|innen|n)?\b|\baus[^\S\n](?:Syrien|Afghanistan|dem[^\S\n]Irak|Irak|dem[^\S\n]Iran|Iran|der[^\S\n]Türkei|der[^\S\n]Ukraine|Eritrea|Somalia|Nigeria|Gambia|Georgien|Marokko|Pakistan|Äthiopien|dem[^\S\n]Sudan|dem[^\S\n]Jemen|Kamerun|Guinea|dem[^\S\n]Kosovo|Albanien|Serbien|Rumänien|Bulgarien|Russland|Tunesien|Algerien|Ägypten|dem[^\S\n]Libanon|Palästina|Indien|Venezuela|Kolumbien|Tschetschenien|Libyen|Ghana|dem[^\S\n]Kongo)\b")]
    private static partial Regex NationalityPattern();

    [GeneratedRegex(@"\b(?:in|aus|bei|wohnt in|wohnhaft in|lebt in)[^\S\n]+(?<place>[A-ZÄÖÜ][\p{L}\-]+)")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"\b(?:Herrn?|Frau|Familie|Fam\.|Hr\.|Fr\.)[^\S\n]+(?:(?:Dr\.|Prof\.)[^\S\n]+)?(?<name>[A-ZÄÖÜ](?:[\p{L}'\-]+|\.)(?:[^\S\n][A-ZÄÖÜ][a-zäöüß'\-]+(?=[^\S\n]*(?:[,.;:!?()]|$|\s(?:aus|ist|hat|und|braucht|sucht|möchte|wohnt|kommt|kann|spricht|benötigt|war|wird|geht|muss|soll|lebt|mit|zur|zum|in|am|bei|von|für))))?)")]
    private static partial Regex TitleThenNamePattern();

    [GeneratedRegex(@"\b(?:heißt|namens|Name:|Vorname:?|Nachname:?|Familienname:?|genannt)[^\S\n]+(?<name>[A-ZÄÖÜ][\p{L}'\-]+(?:[^\S\n][A-ZÄÖÜ][\p{L}'\-]+)?)")]
    private static partial Regex NamedPattern();

    [GeneratedRegex(@"\b[A-ZÄÖÜ][a-zäöüß]+\b")]
    private static partial Regex CapitalisedWordPattern();

    [GeneratedRegex(@"\G[^\S\n](?<surname>[A-ZÄÖÜ][a-zäöüß]+)\b(?![^\S\n]*[A-ZÄÖÜ])")]
    private static partial Regex FollowingSurnamePattern();

    [GeneratedRegex(@"\b\w*(?:schwanger|diabet|krebs|depressi|ptbs|posttraumat|traumatisiert|\bhiv\b|epilep|asthma|demenz|tuberkulose|hepatitis|schizophren|psychisch|psychiat|psychotherap|dialyse|chemotherap|onkolog|rheuma|alkoholkrank|drogenabhängig|behindert|behinderung|rollstuhl|rollator|blind|gehörlos|\btaub\b|sehbehindert|pflegegrad|autis|adhs|querschnitt|amputi|multiple sklerose|herzkrank|herzinfarkt|schlaganfall|fehlgeburt|entbindung|geburtsvorbereitung|hebamme|frauenarzt|frauenärztin|gynäkolog|kinderwunsch|insulin|pflegebedürftig|bettlägerig|suchtkrank|suchtberatung|inkontinen|parkinson|lähmung|gelähmt|prothese|syndrom|erkrankt|erkrankung|diagnose|chronisch|leidet)\w*|\b\w+krank(?:e[rnms]?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HealthPattern();

    /// <summary>"Sucht" the noun only: the verb "sucht" (is looking for) is in half of all requests.</summary>
    [GeneratedRegex(@"\bSucht\b(?!\s+(?:eine?n?|nach|Hilfe|jemand|Begleitung|Unterstützung|Ehrenamtliche))")]
    private static partial Regex AddictionPattern();

    [GeneratedRegex(@"(?:gerecht|zugänglich|freundlich|toilette|parkplatz|wc|aufzug|rampe)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAboutAPersonPattern();

    [GeneratedRegex(@"(?:Thema|Themen|Infoabend|Informationsabend|Vortrag|Workshop|Ausstellung|Kurs über|Kurs zu|Informationen zu|Informationen über)\b[^.!?]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HealthTopicBeforePattern();
}
