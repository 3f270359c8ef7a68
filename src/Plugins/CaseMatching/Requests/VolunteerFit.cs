using IntegrationsNetz.Core.Volunteers;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>
/// Whether an approved volunteer fits a request: active in a municipality within reach, with a wanted skill and
/// language (one is enough; none wanted means any), free at the time asked for (a volunteer who gave no times is
/// asked always), and for a request involving children with a current conduct certificate check. The board shows a
/// volunteer every open request of their municipalities they may take; notifications go only to those who fit.
/// </summary>
public static class VolunteerFit
{
    public static bool MayTake(VolunteerRequest request, Volunteer volunteer, DateOnly today) =>
        !request.InvolvesChildren || HasCurrentCheck(volunteer, today);

    public static bool HasCurrentCheck(Volunteer volunteer, DateOnly today) =>
        volunteer.ConductCertificateRecheckOn is { } recheck && recheck >= today;

    public static bool Fits(VolunteerRequest request, Volunteer volunteer, IReadOnlySet<Guid> reach, DateOnly today)
    {
        if (volunteer.Status != VolunteerStatus.Approved || !MayTake(request, volunteer, today)
            || !volunteer.Municipalities.Any(m => reach.Contains(m.Id)))
        {
            return false;
        }

        var languages = volunteer.Languages.Select(l => l.Split(':')[0]).ToHashSet();
        return (request.Skills.Count == 0 || request.Skills.Any(volunteer.Skills.Contains))
            && (request.Languages.Count == 0 || request.Languages.Any(languages.Contains))
            && (volunteer.Availability.Count == 0 || Slots(request).Count == 0 || Slots(request).Any(volunteer.Availability.Contains));
    }

    /// <summary>The availability slots a request asks for: its recurring windows, or the one slot of its appointment.</summary>
    public static IReadOnlyList<string> Slots(VolunteerRequest request) =>
        request.TimeWindows.Count > 0 ? request.TimeWindows
        : request.On is { } on && request.From is { } from ? [$"{on.DayOfWeek}:{DayPart(from)}"]
        : [];

    public static string DayPart(TimeOnly time) => time.Hour switch
    {
        < 12 => "Morning",
        < 17 => "Afternoon",
        _ => "Evening",
    };
}
