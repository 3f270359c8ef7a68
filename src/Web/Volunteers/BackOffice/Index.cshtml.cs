using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Web.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Volunteers.BackOffice;

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
        if (!FormValues.TryParseDate(seenOn, out var seen) || seen is not { } date)
        {
            Status(IntegrationsNetz.Core.Common.Messages.Get("ConductCertificateDate"));
            return RedirectToPage();
        }

        var result = await volunteers.RecordConductCertificateAsync(id, date, UserName, ct);
        Status(result.Succeeded ? text["Volunteers_CertificateRecorded"] : string.Join(" ", result.Errors.Select(e => e.Message)));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var result = await volunteers.ApproveAsync(id, UserName, links.BaseUrl(Request), ct);
        Status(result.Succeeded ? text["Volunteers_Approved"] : string.Join(" ", result.Errors.Select(e => e.Message)));
        return RedirectToPage();
    }
}
