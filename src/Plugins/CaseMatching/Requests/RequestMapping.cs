using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Requests;

/// <summary>Requests and sign-ups as the API shows them, to managers and to volunteers.</summary>
public sealed class RequestMapping(PortalDbContext db)
{
    private IReadOnlyDictionary<Guid, string>? _slugs;

    public RequestDto ForManager(VolunteerRequest r, IReadOnlyList<SignupView>? signups) => new(
        r.Id, r.NeedId, r.Title, r.Description, Slug(r.MunicipalityId), r.Skills, r.Languages, r.On, r.From, r.Until, r.TimeWindows,
        r.Places, r.Confirmed, r.InvolvesChildren, r.ExpiresOn, r.Status.ToString(), r.MeetingDetails,
        signups?.Select(s => new ManagerSignupDto(s.Signup.Id, s.Signup.Status.ToString(), s.Name, s.Email, s.Phone, s.HasCurrentCheck, s.Signup.Message, s.Signup.Hours, s.Signup.CompletedOn)).ToList());

    public BoardRequestDto ForVolunteer(BoardEntry e) => new(
        e.Request.Id, e.Request.Title, e.Request.Description, e.Municipality, RequestWhen.Describe(e.Request), e.Request.Skills, e.Request.Languages,
        e.Request.On, e.Request.From, e.Request.Until, e.Request.TimeWindows, Math.Max(0, e.Request.Places - e.Request.Confirmed), e.Request.InvolvesChildren,
        e.Request.ExpiresOn, e.Request.Status.ToString(), e.Own is { } own ? Own(own) : null, e.MeetingVisible ? e.Request.MeetingDetails : null);

    public static OwnSignupDto Own(Signup s) => new(s.Id, s.Status.ToString(), s.Hours);

    private string Slug(Guid municipalityId)
    {
        _slugs ??= db.Municipalities.AsNoTracking().ToDictionary(m => m.Id, m => m.Slug);
        return _slugs.GetValueOrDefault(municipalityId) ?? string.Empty;
    }
}
