using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// A dated request as an iCalendar appointment for the confirmed volunteer (Ical.Net), in German time. A change sends
/// the same UID with a higher SEQUENCE, a cancellation METHOD:CANCEL, so calendar apps update the one entry.
/// </summary>
public static class RequestCalendar
{
    public const string TimeZone = "Europe/Berlin";
    public const string FileName = "termin.ics";

    public static bool HasDate(VolunteerRequest request) => request.On is not null;

    public static byte[] Write(VolunteerRequest request, string url, DateTime stamp, bool cancelled = false)
    {
        var on = request.On!.Value;
        var from = request.From ?? new TimeOnly(9, 0);
        var until = request.Until ?? from.AddHours(2);
        var calendar = new Calendar { ProductId = "-//IntegrationsNetz//Anfragen//DE", Scale = "GREGORIAN", Method = cancelled ? "CANCEL" : "PUBLISH" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone, on.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{request.Id}@integrationsnetz.example",
            // The sequence grows with every change, so a calendar replaces its copy instead of adding one.
            Sequence = (int)Math.Min(int.MaxValue, (request.UpdatedAt - request.CreatedAt).Ticks / TimeSpan.TicksPerSecond),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stamp, DateTimeKind.Utc)),
            DtStart = new CalDateTime(on, from, TimeZone),
            DtEnd = new CalDateTime(on, until, TimeZone),
            Summary = request.Title,
            Description = request.MeetingDetails,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Url = new Uri(url),
        });
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
