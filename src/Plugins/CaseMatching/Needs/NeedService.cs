using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Cases;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Needs;

/// <summary>A need together with the case it belongs to, as the viewer may see it.</summary>
public sealed record NeedInCase(Need Need, Case Case);

public sealed class NeedService(PortalDbContext db, CaseAccess access, TimeProvider time)
{
    public const int DefaultTravelKm = 20;
    public const int MaxTravelKmLimit = 100;

    public async Task<OperationResult<Need>> CreateAsync(CaseViewer viewer, Guid caseId, Guid goalId, NeedInput input, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        var goal = c is null ? null : await db.Set<Goal>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId && g.CaseId == c.Id, ct);
        if (c is null || goal is null)
        {
            return OperationResult.NotFound;
        }

        var guard = CaseGuard.CanEdit(c, CaseDay.Today(time));
        if (!guard.Succeeded)
        {
            return guard;
        }

        var v = new Validator();
        if (!goal.IsActive)
        {
            v.Add("GoalId", Texts.Format("GoalNotActive", Texts.Label(goal.Status)));
        }

        var area = input.Area is null ? goal.Area : CaseService.ParseEnum<GoalArea>(input.Area);
        if (area is null)
        {
            v.Add("Area", Texts.Get("AreaUnknown"));
        }

        Municipality? municipality = null;
        if (string.IsNullOrWhiteSpace(input.Municipality))
        {
            v.Add("Municipality", Texts.Get("NeedMunicipalityRequired"));
        }
        else
        {
            municipality = await db.Set<Municipality>().AsNoTracking().FirstOrDefaultAsync(m => m.Slug == input.Municipality.Trim(), ct);
            if (municipality is null)
            {
                v.Add("Municipality", Texts.Format("MunicipalityUnknown", input.Municipality));
            }
        }

        CefrLevel? level = null;
        if (!string.IsNullOrWhiteSpace(input.GermanLevel))
        {
            level = CaseService.ParseEnum<CefrLevel>(input.GermanLevel);
            if (level is null && !input.GermanLevel.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                v.Add("GermanLevel", Texts.Get("GermanLevelUnknown"));
            }
        }

        var windows = (input.TimeWindows ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Distinct().ToList();
        foreach (var unknown in windows.Where(w => !VolunteerCatalog.Slots.Contains(w)))
        {
            v.Add("TimeWindows", Texts.Format("TimeWindowUnknown", unknown));
        }

        var languages = (input.Languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
        foreach (var unknown in languages.Where(l => !VolunteerCatalog.LanguageCodes.Contains(l)))
        {
            v.Add("Languages", Texts.Format("LanguageUnknown", unknown));
        }

        var travel = input.MaxTravelKm ?? DefaultTravelKm;
        if (travel is < 0 or > MaxTravelKmLimit)
        {
            v.Add("MaxTravelKm", Texts.Format("TravelOutOfRange", MaxTravelKmLimit));
        }

        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var need = new Need
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            GoalId = goal.Id,
            Area = area!.Value,
            MunicipalityId = municipality!.Id,
            GermanLevel = level,
            TimeWindows = windows,
            ChildcareNeeded = input.ChildcareNeeded,
            WomenOnly = input.WomenOnly,
            Languages = languages,
            MaxTravelKm = travel,
            CreatedAt = Clock.UtcNow(time),
            CreatedBy = viewer.Email,
        };
        db.Add(need);
        await db.SaveChangesAsync(ct);
        return OperationResult<Need>.Ok(need);
    }

    /// <summary>A need of a case the viewer may see, with its referrals; null otherwise.</summary>
    public async Task<NeedInCase?> FindAsync(CaseViewer viewer, Guid needId, CancellationToken ct = default)
    {
        var need = await db.Set<Need>().AsNoTracking().Include(n => n.Referrals).ThenInclude(r => r.Events)
            .FirstOrDefaultAsync(n => n.Id == needId, ct);
        if (need is null)
        {
            return null;
        }

        var c = await access.Visible(viewer).AsNoTracking().Include(x => x.Consents).FirstOrDefaultAsync(x => x.Id == need.CaseId, ct);
        return c is null ? null : new NeedInCase(need, c);
    }

    public async Task<IReadOnlyList<Need>> ForCaseAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Set<Need>().AsNoTracking().Include(n => n.Referrals).ThenInclude(r => r.Events)
            .Where(n => n.CaseId == caseId).OrderBy(n => n.CreatedAt).ToListAsync(ct);
}
