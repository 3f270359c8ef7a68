using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Configuration;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Web.Accounts;
using IntegrationsNetz.Core.Common;
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
        var actor = StaffActor.Of(User);
        Pending = await outbox.CountAsync(actor, OutboxStatus.Pending, ct);
        Failed = await outbox.ListAsync(actor, OutboxStatus.Failed, null, 100, ct);
        Recent = await outbox.ListAsync(actor, null, null, 50, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var result = await outbox.RetryAsync(id, StaffActor.Of(User), ct);
        return Reported(result, text["Outbox_Requeued"], () => RedirectToPage());
    }
}
