using IntegrationsNetz.Web.Common.Forms;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Volunteers;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Volunteers.BackOffice;

/// <summary>Coordinators see the volunteers of their municipalities and approve confirmed registrations.</summary>
[Authorize(Policy = Policies.Organisation)]
public sealed class VolunteersIndexModel(VolunteerService volunteers, PasswordResetMail links, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    public IReadOnlyList<VolunteerListing> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await volunteers.ListForCoordinatorAsync(Core.Common.StaffActor.Of(User), ct);
    }

    public async Task<IActionResult> OnPostConductCertificateAsync(Guid id, string? seenOn, CancellationToken ct)
    {
        if (!FormValues.TryParseDate(seenOn, out var seen) || seen is not { } date)
        {
            Status(IntegrationsNetz.Core.Common.Messages.Get("ConductCertificateDate"));
            return RedirectToPage();
        }

        var result = await volunteers.RecordConductCertificateAsync(id, date, Core.Common.StaffActor.Of(User), ct);
        return Reported(result, text["Volunteers_CertificateRecorded"], () => RedirectToPage());
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        var result = await volunteers.ApproveAsync(id, Core.Common.StaffActor.Of(User), links.BaseUrl(Request), ct);
        return Reported(result, text["Volunteers_Approved"], () => RedirectToPage());
    }
}
