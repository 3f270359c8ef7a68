using System.Globalization;
using System.Text;
using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Web.Offers;

/// <summary>
/// A course's dates as iCalendar (RFC 5545): one weekly recurring event in German time.
/// Written by hand because no iCalendar library is in our package registry; kept to what calendar apps need.
/// </summary>
public static class CourseCalendar
{
    // Central European time with the EU daylight-saving rules, so every calendar app places the course right.
    private const string BerlinTimeZone = """
        BEGIN:VTIMEZONE
        TZID:Europe/Berlin
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        """;

    private static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static bool HasDates(LanguageCourse course) => course.StartsOn is not null;

    public static string Write(LanguageCourse course, string title, string url, DateTime stamp)
    {
        var start = course.StartsOn!.Value;
        var days = course.Weekdays.Count > 0 ? course.Weekdays.Order().ToList() : [start.DayOfWeek];
        var first = Enumerable.Range(0, 7).Select(start.AddDays).First(d => days.Contains(d.DayOfWeek));
        var from = course.TimeFrom ?? new TimeOnly(9, 0);
        var to = course.TimeTo ?? from.AddHours(2);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IntegrationsNetz//Verzeichnis//DE", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        };
        lines.AddRange(BerlinTimeZone.Split('\n').Select(l => l.TrimEnd('\r')));
        lines.Add("BEGIN:VEVENT");
        lines.Add($"UID:{course.Id}@integrationsnetz.example");
        lines.Add($"DTSTAMP:{stamp:yyyyMMdd'T'HHmmss'Z'}");
        lines.Add($"DTSTART;TZID=Europe/Berlin:{Local(first, from)}");
        lines.Add($"DTEND;TZID=Europe/Berlin:{Local(first, to)}");
        var rule = $"RRULE:FREQ=WEEKLY;BYDAY={string.Join(',', days.Select(d => Days[(int)d]))}";
        if (course.EndsOn is { } end)
        {
            rule += $";UNTIL={Local(end, new TimeOnly(23, 59, 59))}";
        }

        lines.Add(rule);
        lines.Add("SUMMARY:" + Escape(title));
        var place = string.Join(", ", new[] { course.Street, $"{course.Postcode} {course.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (place.Length > 0)
        {
            lines.Add("LOCATION:" + Escape(place));
        }

        lines.Add("URL:" + url);
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }

        return ics.ToString();
    }

    private static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1).</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var bytes = 0;
        foreach (var ch in line)
        {
            var size = Encoding.UTF8.GetByteCount(ch.ToString());
            if (bytes + size > 75)
            {
                ics.Append("\r\n ");
                bytes = 1;
            }

            ics.Append(ch);
            bytes += size;
        }

        ics.Append("\r\n");
    }
}
