using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Needs;
using IntegrationsNetz.Plugins.CaseMatching.Referrals;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Plans.PlanCopy;

/// <summary>
/// Gathers the person's copy of the plan for a manager who may see the case. Printing stores nothing but the logged
/// read (which language was printed).
/// </summary>
public sealed class PlanCopyService(CaseService cases, PortalDbContext db, TimeProvider time)
{
    private static readonly ReferralStatus[] NotTaken = [ReferralStatus.Declined, ReferralStatus.Cancelled];

    public async Task<PlanCopy?> ForAsync(CaseViewer viewer, Guid caseId, PortalCulture culture, CancellationToken ct = default)
    {
        var found = await cases.ReadAsync(viewer, caseId, Texts.Format("Read_PlanCopy", culture.NativeName), ct);
        if (found is null)
        {
            return null;
        }

        var today = CaseDay.Today(time);
        var municipality = await db.Municipalities.Where(m => m.Id == found.MunicipalityId).Select(m => m.Name).FirstAsync(ct);
        var goals = found.Goals
            .OrderBy(g => g.Revisions.Count > 0 ? g.Revisions.Min(r => r.ChangedAt) : g.UpdatedAt)
            .Select(g => new PlanCopyGoal(g.Area, g.Description, g.Status, g.TargetDate))
            .ToList();
        var next = found.Goals.Where(g => g.IsActive && g.ReviewDate >= today).Select(g => g.ReviewDate).Min();
        var offerIds = await db.Set<Referral>().AsNoTracking()
            .Where(r => db.Set<Need>().Any(n => n.Id == r.NeedId && n.CaseId == caseId) && !NotTaken.Contains(r.Status))
            .OrderBy(r => r.CreatedAt).Select(r => r.OfferId).ToListAsync(ct);
        var offers = await db.Offers.AsNoTracking().Include(o => o.Texts).Where(o => offerIds.Contains(o.Id)).ToListAsync(ct);
        var texts = new PlanTexts(culture);
        return new PlanCopy(
            culture, found.Code, municipality, today, goals, next,
            offerIds.Distinct().Select(id => offers.FirstOrDefault(o => o.Id == id)).OfType<Offer>().Select(o => Describe(o, texts)).ToList());
    }

    private static PlanCopyOffer Describe(Offer offer, PlanTexts texts)
    {
        var place = string.Join(" ", new[] { offer.Postcode, offer.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var address = string.Join(", ", new[] { offer.Street, place }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var contact = string.Join(", ", new[] { offer.ContactPhone, offer.ContactEmail }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new PlanCopyOffer(
            offer.TitleIn(texts.Culture.Key),
            address.Length > 0 ? address : null,
            Times(offer, texts),
            contact.Length > 0 ? contact : null);
    }

    /// <summary>When the offer takes place, with day names in the person's language.</summary>
    private static string? Times(Offer offer, PlanTexts texts)
    {
        static string Span(TimeOnly from, TimeOnly to) => $"{from:HH\\:mm}–{to:HH\\:mm}";
        var parts = new List<string>();
        switch (offer)
        {
            case LanguageCourse course:
                if (course.Weekdays.Count > 0)
                {
                    var days = string.Join(", ", course.Weekdays.Select(texts.Day));
                    parts.Add(course is { TimeFrom: { } from, TimeTo: { } to } ? $"{days} {Span(from, to)}" : days);
                }

                parts.Add(course.RollingEntry || course.StartsOn is null ? texts.Get("Plan_RollingEntry") : texts.Format("Plan_Starts", PlanTexts.Date(course.StartsOn.Value)));
                break;
            case Internship { StartsOn: { } starts }:
                parts.Add(texts.Format("Plan_Starts", PlanTexts.Date(starts)));
                break;
            case VolunteerCircle { MeetingTimes: { Length: > 0 } meeting }:
                parts.Add(meeting);
                break;
            case Authority authority:
                parts.AddRange(authority.OpeningHours
                    .Select(h => OpeningSlot.TryParse(h, out var slot) ? $"{texts.Day(slot.Day)} {Span(slot.From, slot.To)}" : h));
                if (authority.ByAppointment)
                {
                    parts.Add(texts.Get("Plan_ByAppointment"));
                }

                break;
        }

        return parts.Count > 0 ? string.Join("; ", parts) : null;
    }
}
