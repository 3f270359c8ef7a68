using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Pages.BackOffice.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Pages.BackOffice.Volunteers;

public sealed record VolunteerRow(Volunteer Volunteer, string Email);

/// <summary>Coordinators see the volunteers of their municipalities and approve confirmed registrations.</summary>
[Authorize(Policy = Policies.Organisation)]
public sealed class VolunteersIndexModel(PortalDbContext db, VolunteerService volunteers, ContentAccess access, PasswordResetMail links, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    public IReadOnlyList<VolunteerRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = (await access.MunicipalitiesAsync(User))?.ToList();
        var list = await db.Volunteers.AsNoTracking().Include(v => v.Municipalities)
            .Where(v => scope == null || v.Municipalities.Any(m => scope.Contains(m.Id)))
            .Join(db.Users, v => v.UserId, u => u.Id, (v, u) => new { v, u.Email })
            .ToListAsync(ct);
        Rows = list.OrderBy(x => x.v.Status == VolunteerStatus.AwaitingApproval ? 0 : 1).ThenBy(x => x.v.DisplayName)
            .Select(x => new VolunteerRow(x.v, x.Email ?? string.Empty)).ToList();
    }

    public async Task<IActionResult> OnPostConductCertificateAsync(Guid id, string? seenOn, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(seenOn ?? string.Empty, ["yyyy-MM-dd", "dd.MM.yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            Status(IntegrationsNetz.Core.Common.Messages.Get("ConductCertificateDate"));
            return RedirectToPage();
        }

        var result = await volunteers.RecordConductCertificateAsync(id, date, Core.Accounts.StaffActor.Of(User), ct);
        if (result.Status == Core.Common.OperationStatus.NotFound)
        {
            return NotFound();
        }

        Status(result.Succeeded ? text["Volunteers_CertificateRecorded"] : string.Join(" ", result.Errors.Select(e => e.Message)));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var result = await volunteers.ApproveAsync(id, Core.Accounts.StaffActor.Of(User), links.BaseUrl(Request), ct);
        if (result.Status == Core.Common.OperationStatus.NotFound)
        {
            return NotFound();
        }

        Status(result.Succeeded ? text["Volunteers_Approved"] : string.Join(" ", result.Errors.Select(e => e.Message)));
        return RedirectToPage();
    }
}
