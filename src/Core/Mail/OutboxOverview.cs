using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// The Postausgang as one staff member may see it: administrators every mail, coordinators the mails to the people
/// of their municipalities (volunteers and staff who work there). Recipients and subjects are personal data.
/// </summary>
public sealed class OutboxOverview(PortalDbContext db, TimeProvider time)
{
    public async Task<IQueryable<OutboxMessage>> VisibleAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = new StaffScope(db);
        var own = await scope.MunicipalitiesAsync(actor, ct);
        if (own is null)
        {
            return db.OutboxMessages;
        }

        var ids = own.ToList();
        var staff = scope.StaffOf(ids);
        var volunteers = db.Volunteers.Where(v => v.Municipalities.Any(m => ids.Contains(m.Id))).Select(v => v.UserId);
        var addresses = db.Users.Where(u => staff.Contains(u.Id) || volunteers.Contains(u.Id)).Select(u => u.Email);
        return db.OutboxMessages.Where(m => addresses.Contains(m.To));
    }

    /// <summary>Queues a failed mail again; one the actor may not see does not exist for them.</summary>
    public async Task<OperationResult> RetryAsync(Guid id, StaffActor actor, CancellationToken ct = default)
    {
        var message = await (await VisibleAsync(actor, ct)).FirstOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed, ct);
        if (message is null)
        {
            return OperationResult.NotFound;
        }

        (message.Status, message.Attempts, message.NextAttemptAt) = (OutboxStatus.Pending, 0, Clock.UtcNow(time));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
