using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Organisation;
using IntegrationsNetz.Plugins.CaseMatching.Access;
using IntegrationsNetz.Plugins.CaseMatching.Plans;
using IntegrationsNetz.Plugins.CaseMatching.Requests;
using IntegrationsNetz.Plugins.CaseMatching.Resources;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Plugins.CaseMatching.Cases;

/// <summary>Cases and their consents. Every method checks the viewer's access first: a case out of reach is "not found".</summary>
public sealed class CaseService(PortalDbContext db, CaseAccess access, RequestService requests, TimeProvider time)
{
    public async Task<IReadOnlyList<Case>> ListAsync(CaseViewer viewer, CancellationToken ct = default) =>
        await access.Visible(viewer).AsNoTracking().OrderBy(c => c.Status).ThenBy(c => c.Code).ToListAsync(ct);

    /// <summary>
    /// The case list of the back office: the viewer's cases narrowed by the query, each with its next review.
    /// Listing is not a read of a case, so nothing is logged (as for <see cref="ListAsync(CaseViewer, CancellationToken)"/>).
    /// </summary>
    public async Task<IReadOnlyList<CaseListRow>> ListAsync(CaseViewer viewer, CaseListQuery query, CancellationToken ct = default)
    {
        var cases = access.Visible(viewer).AsNoTracking();
        if (query.Code is { } code)
        {
            // Codes are upper case ("OFT-2026-0042"); "oft-2026" or "0042" find it too.
            var part = code.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.Code.Contains(part));
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Owner == CaseOwner.Mine)
        {
            var me = viewer.UserId;
            cases = cases.Where(c => c.OwnerId == me || c.PartnerId == me);
        }

        // The same goals as the Wiedervorlage counts: open or in progress, with a review date, in a case not closed.
        var rows = cases.Select(c => new
        {
            Case = c,
            Next = c.Status == CaseStatus.Closed
                ? null
                : c.Goals.Where(g => (g.Status == GoalStatus.Open || g.Status == GoalStatus.InProgress) && g.ReviewDate != null).Min(g => g.ReviewDate),
        });
        var today = CaseDay.Today(time);
        var soon = today.AddDays(CaseListQuery.DueSoonDays);
        rows = query.Review switch
        {
            CaseReview.Overdue => rows.Where(r => r.Next < today),
            CaseReview.DueSoon => rows.Where(r => r.Next >= today && r.Next <= soon),
            CaseReview.None => rows.Where(r => r.Next == null),
            _ => rows,
        };
        rows = query.Sort switch
        {
            // Cases without a review last: they need no conversation soon.
            CaseSort.NextReview => rows.OrderBy(r => r.Next == null).ThenBy(r => r.Next).ThenBy(r => r.Case.Code),
            CaseSort.Opened => rows.OrderByDescending(r => r.Case.OpenedOn).ThenBy(r => r.Case.Code),
            _ => rows.OrderBy(r => r.Case.Code),
        };
        return (await rows.ToListAsync(ct)).Select(r => new CaseListRow(r.Case, r.Next)).ToList();
    }

    /// <summary>Opens a case with everything in it, and records the read.</summary>
    public async Task<Case?> ReadAsync(CaseViewer viewer, Guid id, string what, CancellationToken ct = default)
    {
        var found = await access.Visible(viewer).AsNoTracking()
            .Include(c => c.Consents)
            .Include(c => c.Goals).ThenInclude(g => g.Revisions)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is not null)
        {
            access.RecordRead(viewer, id, what);
            await db.SaveChangesAsync(ct);
        }

        return found;
    }

    public async Task<OperationResult<Case>> CreateAsync(CaseViewer viewer, CaseInput input, CancellationToken ct = default)
    {
        var today = CaseDay.Today(time);
        var v = new Validator();
        if (!viewer.IsManager)
        {
            v.Add("MunicipalityId", Texts.Get("OnlyManagersOpenCases"));
        }
        else if (input.MunicipalityId is null)
        {
            v.Add("MunicipalityId", Texts.Get("MunicipalityRequired"));
        }
        else if (!viewer.Municipalities.Contains(input.MunicipalityId.Value))
        {
            v.Add("MunicipalityId", Texts.Get("MunicipalityOutOfScope"));
        }

        var c = new Case { Id = Guid.CreateVersion7(), OwnerId = viewer.UserId, Status = CaseStatus.Open, OpenedOn = input.OpenedOn ?? today };
        if (input.OpenedOn > today)
        {
            v.Add("OpenedOn", Texts.Get("OpenedInFuture"));
        }

        // The year goes into the case code: 0001-01-01 would make "EPP-1-0001".
        v.Date("OpenedOn", input.OpenedOn, Texts.Get("Field_OpenedOn"));

        await ApplyAsync(c, input, v, isNew: true, ct);
        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        var municipality = await db.Set<Municipality>().AsNoTracking().FirstAsync(m => m.Id == c.MunicipalityId, ct);
        c.Code = await NextCodeAsync(municipality, c.OpenedOn.Year, ct);
        c.UpdatedAt = Clock.UtcNow(time);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return OperationResult<Case>.Ok(c);
    }

    public async Task<OperationResult<Case>> UpdateAsync(CaseViewer viewer, Guid id, CaseInput input, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return OperationResult.NotFound;
        }

        var today = CaseDay.Today(time);
        var guard = CaseGuard.CanEdit(c, today);
        var closing = ParseEnum<CaseStatus>(input.Status) == CaseStatus.Closed;
        var extending = !string.IsNullOrWhiteSpace(input.ExtensionReason) && string.IsNullOrWhiteSpace(c.ExtensionReason);

        // A case past its time may still be closed, or given the written reason for a 4th year; nothing else.
        if (!guard.Succeeded && !(c.Status != CaseStatus.Closed && (closing || extending)))
        {
            return guard;
        }

        var v = new Validator();
        if (input.MunicipalityId is { } municipalityId && municipalityId != c.MunicipalityId)
        {
            v.Add("MunicipalityId", Texts.Get("MunicipalityCannotChange"));
        }

        await ApplyAsync(c, input with { MunicipalityId = c.MunicipalityId }, v, isNew: false, ct);
        if (!v.IsValid)
        {
            // Nothing of a rejected change may be saved later in this unit of work.
            db.ChangeTracker.Clear();
            return OperationResult.Invalid(v.Errors);
        }

        if (c.Status == CaseStatus.Closed)
        {
            c.ClosedOn = today;
        }

        c.UpdatedAt = Clock.UtcNow(time);
        await db.SaveChangesAsync(ct);
        return OperationResult<Case>.Ok(c);
    }

    public async Task<OperationResult<Consent>> RecordConsentAsync(CaseViewer viewer, Guid caseId, ConsentInput input, CancellationToken ct = default)
    {
        var c = await access.Visible(viewer).Include(x => x.Consents).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return OperationResult.NotFound;
        }

        var today = CaseDay.Today(time);
        var guard = CaseGuard.CanEdit(c, today);
        if (!guard.Succeeded)
        {
            return guard;
        }

        var purpose = ParseEnum<ConsentPurpose>(input.Purpose);
        var on = input.On ?? today;
        var v = new Validator().Date("On", input.On, Texts.Get("Field_Date"));
        if (purpose is null)
        {
            v.Add("Purpose", Texts.Get("ConsentPurposeUnknown"));
        }

        if (on > today)
        {
            v.Add("On", Texts.Get("ConsentDateInFuture"));
        }

        var active = c.Consents.FirstOrDefault(x => x.Purpose == purpose && x.IsActive);
        if (purpose is not null && input.Withdraw && active is null)
        {
            v.Add("Purpose", Texts.Format("ConsentNotGiven", Texts.Label(purpose.Value)));
        }

        if (!input.Withdraw && input.TextVersion != ConsentTexts.CurrentVersion)
        {
            v.Add("TextVersion", Texts.Format("ConsentVersionOutdated", ConsentTexts.CurrentVersion));
        }

        if (!v.IsValid)
        {
            return OperationResult.Invalid(v.Errors);
        }

        if (input.Withdraw)
        {
            active!.WithdrawnOn = on;
            if (active.Purpose == ConsentPurpose.VolunteerSharing)
            {
                // Without the consent nothing of the case may stay with volunteers: its requests end in the same save.
                await requests.CancelForCaseAsync(c.Id, ct);
            }

            await db.SaveChangesAsync(ct);
            return OperationResult<Consent>.Ok(active);
        }

        if (active is not null)
        {
            // A consent given again (to a newer text) replaces the one before; the old one stays as history.
            active.WithdrawnOn = on;
        }

        var consent = new Consent
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Purpose = purpose!.Value,
            TextVersion = ConsentTexts.CurrentVersion,
            GivenOn = on,
            RecordedBy = viewer.Email,
            RecordedAt = Clock.UtcNow(time),
        };
        db.Add(consent);
        await db.SaveChangesAsync(ct);
        return OperationResult<Consent>.Ok(consent);
    }

    /// <summary>An enum value by name only: "3" or "Sprache,Arbeit" are not names and give null.</summary>
    public static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !char.IsDigit(value.Trim()[0]) && !value.Contains(',')
            ? parsed
            : null;

    private async Task ApplyAsync(Case c, CaseInput input, Validator v, bool isNew, CancellationToken ct)
    {
        if (isNew && input.MunicipalityId is { } municipalityId)
        {
            c.MunicipalityId = municipalityId;
        }

        if (ParseEnum<HouseholdType>(input.Household) is { } household)
        {
            c.Household = household;
        }
        else
        {
            v.Add("Household", Texts.Get("HouseholdUnknown"));
        }

        if (ParseEnum<HouseholdSize>(input.HouseholdSize) is { } size)
        {
            c.HouseholdSize = size;
        }
        else
        {
            v.Add("HouseholdSize", Texts.Get("HouseholdSizeUnknown"));
        }

        if (!isNew)
        {
            if (ParseEnum<CaseStatus>(input.Status) is { } status)
            {
                c.Status = status;
            }
            else
            {
                v.Add("Status", Texts.Get("CaseStatusUnknown"));
            }
        }

        if (input.PartnerId is { } partnerId)
        {
            if (partnerId == c.OwnerId)
            {
                v.Add("PartnerId", Texts.Get("PartnerIsOwner"));
            }
            else if (!await IsManagerAsync(partnerId, ct))
            {
                v.Add("PartnerId", Texts.Get("PartnerNotManager"));
            }
        }

        c.PartnerId = input.PartnerId;
        v.MaxLength("Notes", input.Notes, 8000, Texts.Get("Field_Notes"));
        v.MaxLength("ExtensionReason", input.ExtensionReason, 2000, Texts.Get("Field_ExtensionReason"));
        c.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        if (!string.IsNullOrWhiteSpace(input.ExtensionReason))
        {
            c.ExtensionReason = input.ExtensionReason.Trim();
        }
    }

    private Task<bool> IsManagerAsync(Guid userId, CancellationToken ct) =>
        StaffRoles.InRoles(db, Roles.Manager).AnyAsync(u => u.Id == userId, ct);

    /// <summary>"OFT-2026-0042": three letters of the municipality, the year, a number that is never given out twice.</summary>
    private async Task<string> NextCodeAsync(Municipality municipality, int year, CancellationToken ct)
    {
        var prefix = $"{CodePrefix(municipality)}-{year}";
        var counter = await db.Set<CaseCodeCounter>().FirstOrDefaultAsync(x => x.Prefix == prefix, ct);
        if (counter is null)
        {
            counter = new CaseCodeCounter { Prefix = prefix };
            db.Add(counter);
        }

        counter.Last++;
        return $"{prefix}-{counter.Last:0000}";
    }

    public static string CodePrefix(Municipality municipality)
    {
        var letters = new string(municipality.Slug.Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        return letters.Length >= 3 ? letters[..3] : letters.PadRight(3, 'X');
    }
}
