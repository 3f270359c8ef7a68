using System.Globalization;
using CsvHelper;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Web.Offers.BackOffice;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Offers;

public sealed record CsvImportResult(int Created, int Updated, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports offers from the CSV template with German headers (docs/offers-import.md). Every row is checked first;
/// a file with any error imports nothing and reports each error with its row and column. Rows are matched by
/// "Adresse" (the slug): a known one updates the offer, a new one creates it.
/// </summary>
public sealed class OfferCsvImport(PortalDbContext db, OfferService offers)
{
    public const int MaxRows = 5000;

    /// <summary>Header -> property of <see cref="OfferForm"/>; the same text fields the back-office form has.</summary>
    public static readonly IReadOnlyList<(string Header, string Property)> Columns =
    [
        ("Art", "Kind"), ("Adresse", nameof(OfferForm.Slug)), ("Status", nameof(OfferForm.Published)),
        ("Titel", nameof(OfferForm.Title)), ("Beschreibung", nameof(OfferForm.Description)),
        ("Titel (Englisch)", nameof(OfferForm.TitleEn)), ("Beschreibung (Englisch)", nameof(OfferForm.DescriptionEn)),
        ("Gemeinden", nameof(OfferForm.Municipalities)), ("Träger", nameof(OfferForm.ProviderName)), ("Straße", nameof(OfferForm.Street)),
        ("PLZ", nameof(OfferForm.Postcode)), ("Ort", nameof(OfferForm.City)), ("Breitengrad", nameof(OfferForm.Latitude)),
        ("Längengrad", nameof(OfferForm.Longitude)), ("E-Mail", nameof(OfferForm.ContactEmail)), ("Telefon", nameof(OfferForm.ContactPhone)),
        ("Website", nameof(OfferForm.Website)), ("Schlagworte", nameof(OfferForm.Tags)), ("Stufenlos", nameof(OfferForm.StepFree)),
        ("Geprüft am", nameof(OfferForm.LastCheckedOn)), ("Kursart", nameof(OfferForm.CourseType)), ("Niveau von", nameof(OfferForm.LevelFrom)),
        ("Niveau bis", nameof(OfferForm.LevelTo)), ("Beginn", nameof(OfferForm.StartsOn)), ("Ende", nameof(OfferForm.EndsOn)),
        ("Laufender Einstieg", nameof(OfferForm.RollingEntry)), ("Anmeldeschluss", nameof(OfferForm.RegistrationDeadline)),
        ("Wochentage", nameof(OfferForm.Weekdays)), ("Uhrzeit von", nameof(OfferForm.TimeFrom)), ("Uhrzeit bis", nameof(OfferForm.TimeTo)),
        ("Form", nameof(OfferForm.Format)), ("Kinderbetreuung", nameof(OfferForm.Childcare)), ("Nur Frauen", nameof(OfferForm.WomenOnly)),
        ("Kosten", nameof(OfferForm.Cost)), ("Gebühr", nameof(OfferForm.FeeAmount)), ("Plätze", nameof(OfferForm.Places)),
        ("Belegt", nameof(OfferForm.PlacesTaken)), ("Betrieb", nameof(OfferForm.Employer)), ("Berufsfeld", nameof(OfferForm.OccupationalField)),
        ("Praktikumsart", nameof(OfferForm.InternshipType)), ("Deutschniveau", nameof(OfferForm.GermanLevel)),
        ("Dauer (Wochen)", nameof(OfferForm.DurationWeeks)), ("Wochenstunden", nameof(OfferForm.HoursPerWeek)), ("Vergütet", nameof(OfferForm.Paid)),
        ("Tätigkeiten", nameof(OfferForm.Activities)), ("Treffen", nameof(OfferForm.MeetingTimes)), ("Sprachen", nameof(OfferForm.Languages)),
        ("Amtsart", nameof(OfferForm.AuthorityType)), ("Öffnungszeiten", nameof(OfferForm.OpeningHours)),
        ("Nur mit Termin", nameof(OfferForm.ByAppointment)), ("Vorübergehend geschlossen", nameof(OfferForm.TemporarilyClosed)),
        ("Terminbuchung", nameof(OfferForm.AppointmentUrl)),
    ];

    private static readonly string[] Required = ["Art", "Adresse", "Titel", "Gemeinden"];

    public static string Template() => string.Join(';', Columns.Select(c => c.Header)) + "\r\n";

    /// <summary>A row updates an offer only if <paramref name="actor"/> may change it; any other known address is taken.</summary>
    public async Task<CsvImportResult> ImportAsync(TextReader input, Core.Common.StaffActor actor, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var rows = Read(input, errors);
        if (errors.Count > 0)
        {
            return new CsvImportResult(0, 0, errors);
        }

        var municipalities = await db.Municipalities.ToListAsync(ct);
        var slugs = rows.Select(r => r.Values.GetValueOrDefault("Adresse")?.Trim()).OfType<string>().ToList();
        var existing = await offers.FindForEditAsync(slugs, actor, ct);
        var prepared = new List<Offer>();
        foreach (var row in rows)
        {
            var rowErrors = new List<FieldError>();
            var offer = Prepare(row, existing, municipalities, rowErrors);
            if (offer is not null)
            {
                rowErrors.AddRange(OfferRules.Validate(offer).Errors);
                prepared.Add(offer);
            }

            errors.AddRange(rowErrors.Select(e => new FieldError($"Zeile {row.Line}", $"{Header(e.Field)}: {e.Message}")));
        }

        foreach (var duplicate in rows.GroupBy(r => r.Values.GetValueOrDefault("Adresse")?.Trim()).Where(g => g.Key is not null && g.Count() > 1))
        {
            errors.Add(new FieldError($"Zeile {duplicate.Skip(1).First().Line}", $"Adresse: „{duplicate.Key}“ steht mehrfach in der Datei."));
        }

        if (errors.Count > 0)
        {
            return new CsvImportResult(0, 0, errors);
        }

        var (created, updated) = (prepared.Count(o => o.Id == Guid.Empty), prepared.Count(o => o.Id != Guid.Empty));
        var result = await offers.SaveAllAsync(prepared, actor, ct);
        return result.Succeeded
            ? new CsvImportResult(created, updated, [])
            : new CsvImportResult(0, 0, result.Errors.Select(e => e with { Field = Header(e.Field) }).ToList());
    }

    private sealed record Row(int Line, Dictionary<string, string> Values);

    private static List<Row> Read(TextReader input, List<FieldError> errors)
    {
        // The separator is detected (";" from German Excel, "," or tab); quoted fields may hold line breaks.
        var options = new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var rows = new List<Row>();
        try
        {
            if (!csv.Read() && csv.Headers.Count == 0)
            {
                errors.Add(new FieldError("Datei", "Die Datei ist leer."));
                return rows;
            }

            var headers = csv.Headers.ToList();
            foreach (var unknown in headers.Where(h => Columns.All(c => c.Header != h)))
            {
                errors.Add(new FieldError("Kopfzeile", $"Unbekannte Spalte „{unknown}“. Die Vorlage nennt alle Spalten."));
            }

            foreach (var missing in Required.Where(r => !headers.Contains(r)))
            {
                errors.Add(new FieldError("Kopfzeile", $"Die Spalte „{missing}“ fehlt."));
            }

            if (csv.FieldCount == 0)
            {
                return rows;
            }

            do
            {
                if (rows.Count >= MaxRows)
                {
                    errors.Add(new FieldError("Datei", $"Höchstens {MaxRows} Zeilen je Datei."));
                    break;
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                {
                    values[headers[i]] = i < csv.FieldCount ? csv.GetString(i) : string.Empty;
                }

                if (!values.Values.All(string.IsNullOrWhiteSpace))
                {
                    rows.Add(new Row((int)csv.LineNumber, values));
                }
            }
            while (csv.Read());
        }
        catch (Exception e) when (e is CsvFormatException or FormatException or InvalidDataException)
        {
            errors.Add(new FieldError("Datei", $"Die Datei ist keine lesbare CSV-Datei: {e.Message}"));
        }

        return rows;
    }

    private static Offer? Prepare(Row row, List<Offer> existing, List<Core.Organisation.Municipality> municipalities, List<FieldError> errors)
    {
        var kind = LabelOrName<OfferKind>(row.Values.GetValueOrDefault("Art"));
        if (kind is null)
        {
            errors.Add(new FieldError("Art", $"„{row.Values.GetValueOrDefault("Art")}“ ist keine Art. Möglich: Sprachkurs, Praktikum, Ehrenamtlicher Kreis (AK Asyl), Amt und Beratungsstelle."));
            return null;
        }

        var form = new OfferForm();
        foreach (var (header, property) in Columns.Where(c => c.Property != "Kind"))
        {
            if (!row.Values.TryGetValue(header, out var value) || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var target = typeof(OfferForm).GetProperty(property)!;
            if (target.PropertyType == typeof(bool))
            {
                target.SetValue(form, property == nameof(OfferForm.Published) ? value.Trim().Equals("veröffentlicht", StringComparison.OrdinalIgnoreCase) || Yes(value) : Yes(value));
            }
            else if (target.PropertyType == typeof(List<string>))
            {
                var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                target.SetValue(form, property == nameof(OfferForm.Weekdays) ? items.Select(Day).ToList() : items);
            }
            else
            {
                target.SetValue(form, Enumerated(property, value.Trim()));
            }
        }

        form.OpeningHours = form.OpeningHours?.Replace(",", "\n", StringComparison.Ordinal);
        var dto = form.ToDto(kind.Value.ToString(), errors);
        var current = existing.FirstOrDefault(o => o.Slug == form.Slug?.Trim());
        return OfferMapping.Apply(dto, current, municipalities, errors);
    }

    private static string? Enumerated(string property, string value) => property switch
    {
        nameof(OfferForm.CourseType) => LabelOrName<CourseType>(value)?.ToString() ?? value,
        nameof(OfferForm.Format) => LabelOrName<CourseFormat>(value)?.ToString() ?? value,
        nameof(OfferForm.Cost) => LabelOrName<CourseCost>(value)?.ToString() ?? value,
        nameof(OfferForm.InternshipType) => LabelOrName<InternshipType>(value)?.ToString() ?? value,
        nameof(OfferForm.AuthorityType) => LabelOrName<AuthorityType>(value)?.ToString() ?? value,
        nameof(OfferForm.StepFree) => value.ToLowerInvariant() switch { "ja" => "Yes", "nein" => "No", "unbekannt" => "Unknown", _ => value },
        _ => value,
    };

    private static T? LabelOrName<T>(string? value)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v =>
            string.Equals(v.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(OfferLabels.Of(v!.Value), value.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool Yes(string value) => value.Trim().ToLowerInvariant() is "ja" or "x" or "true" or "1";

    private static string Day(string value) =>
        Enumerable.Range(0, 7).Select(d => (DayOfWeek)d)
            .FirstOrDefault(d => CultureInfo.GetCultureInfo("de").DateTimeFormat.GetDayName(d).StartsWith(value, StringComparison.OrdinalIgnoreCase) && value.Length >= 2, (DayOfWeek)(-1)) is var day && (int)day >= 0
            ? day.ToString()
            : value;

    private static string Header(string field)
    {
        var property = char.ToUpperInvariant(field.FirstOrDefault()) + (field.Length > 1 ? field[1..] : string.Empty);
        return Columns.FirstOrDefault(c => c.Property == property || (property == "Title" && c.Header == "Titel")).Header ?? field;
    }
}
