using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Mail.BackOffice;

/// <summary>The Postausgang: what waits, what failed and why (with a retry), and what the SMTP settings lack.</summary>
[Authorize(Policy = Policies.Organisation)]
public sealed class OutboxModel(OutboxService outbox, OutboxSender sender, IOptionsMonitor<SmtpOptions> smtp, DataDirectory data, IStringLocalizer<SharedResource> text) : BackOfficePageModel
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
        Pending = await outbox.CountAsync(OutboxStatus.Pending, ct);
        Failed = await outbox.ListAsync(OutboxStatus.Failed, null, 100, ct);
        Recent = await outbox.ListAsync(null, null, 50, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        if ((await outbox.RetryAsync(id, ct)).Succeeded)
        {
            Status(text["Outbox_Requeued"]);
        }

        return RedirectToPage();
    }
}
