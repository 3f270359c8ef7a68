using IntegrationsNetz.Web.Common.Pages;
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

namespace IntegrationsNetz.Web.Mail.BackOffice;

/// <summary>The Postausgang: what waits, what failed and why (with a retry), and what the SMTP settings lack.</summary>
[Authorize(Policy = Policies.Organisation)]
public sealed class OutboxModel(PortalDbContext db, OutboxSender sender, IOptionsMonitor<SmtpOptions> smtp, DataDirectory data, TimeProvider time, IStringLocalizer<SharedResource> text) : BackOfficePageModel
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
        Pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
        Failed = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed).OrderByDescending(m => m.CreatedAt).Take(100).ToListAsync(ct);
        Recent = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed, ct);
        if (message is not null)
        {
            (message.Status, message.Attempts, message.NextAttemptAt) = (OutboxStatus.Pending, 0, Clock.UtcNow(time));
            await db.SaveChangesAsync(ct);
            Status(text["Outbox_Requeued"]);
        }

        return RedirectToPage();
    }
}
