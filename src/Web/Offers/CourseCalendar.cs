using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IntegrationsNetz.Core.Offers;

namespace IntegrationsNetz.Web.Offers;

/// <summary>
/// A course's dates as iCalendar (RFC 5545): one weekly recurring event in German time, written with Ical.Net
/// (escaping, line folding, the VTIMEZONE from the time zone database).
/// </summary>
public static class CourseCalendar
{
    public const string TimeZone = "Europe/Berlin";

    public static bool HasDates(LanguageCourse course) => course.StartsOn is not null;

    public static string Write(LanguageCourse course, string title, string url, DateTime stamp)
    {
        var start = course.StartsOn!.Value;
        var days = course.Weekdays.Count > 0 ? course.Weekdays.Order().ToList() : [start.DayOfWeek];
        var first = Enumerable.Range(0, 7).Select(start.AddDays).First(d => days.Contains(d.DayOfWeek));
        var from = course.TimeFrom ?? new TimeOnly(9, 0);
        var to = course.TimeTo ?? from.AddHours(2);

        var calendar = new Calendar { ProductId = "-//IntegrationsNetz//Verzeichnis//DE", Scale = "GREGORIAN", Method = "PUBLISH" };
        // The rules from the course's first day on are enough for every calendar app to place it right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone, first.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        var rule = new RecurrencePattern(FrequencyType.Weekly) { ByDay = days.Select(d => new WeekDay(d)).ToList() };
        if (course.EndsOn is { } end)
        {
            // With a zoned DTSTART, UNTIL must be UTC (RFC 5545 3.3.10): the end of the last day in German time.
            rule.Until = new CalDateTime(end, new TimeOnly(23, 59, 59), TimeZone).ToTimeZone("UTC");
        }

        var place = string.Join(", ", new[] { course.Street, $"{course.Postcode} {course.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{course.Id}@integrationsnetz.example",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stamp, DateTimeKind.Utc)),
            DtStart = new CalDateTime(first, from, TimeZone),
            DtEnd = new CalDateTime(first, to, TimeZone),
            RecurrenceRule = rule,
            Summary = title,
            Location = place.Length > 0 ? place : null,
            Url = new Uri(url),
        });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
