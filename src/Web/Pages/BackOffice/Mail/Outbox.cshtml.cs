using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Pages.BackOffice.Mail;

/// <summary>The Postausgang: what waits, what failed and why (with a retry), and what the SMTP settings lack.</summary>
[Authorize(Policy = Policies.Organisation)]
public sealed class OutboxModel(OutboxOverview outbox, OutboxSender sender, IOptionsMonitor<SmtpOptions> smtp, DataDirectory data, IStringLocalizer<SharedResource> text) : BackOfficePageModel
{
    public string? Problem { get; private set; }

    public bool UsesPickup { get; private set; }

    public string? Host { get; private set; }

    public string PickupPath => data.MailPickup;

    public int Pending { get; private set; }

    public IReadOnlyList<OutboxMessage> Failed { get; private set; } = [];

    public IReadOnlyList<OutboxMessage> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var options = smtp.CurrentValue;
        (UsesPickup, Host) = (options.UsesPickupFolder, options.Host);
        Problem = options.Problem() ?? sender.Problem;
        var visible = await outbox.VisibleAsync(StaffActor.Of(User), ct);
        Pending = await visible.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
        Failed = await visible.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed).OrderByDescending(m => m.CreatedAt).Take(100).ToListAsync(ct);
        Recent = await visible.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        if ((await outbox.RetryAsync(id, StaffActor.Of(User), ct)).Status == OperationStatus.NotFound)
        {
            return NotFound();
        }

        Status(text["Outbox_Requeued"]);
        return RedirectToPage();
    }
}
