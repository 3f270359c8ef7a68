using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Core.Mail;
using IntegrationsNetz.Core.Organisation;

namespace IntegrationsNetz.Core.Volunteers;

/// <summary>
/// The Postausgang's scope: recipients and subjects are personal data, so administrators see every mail and
/// coordinators the mails to the people of their municipalities, the volunteers who live there and the staff who work
/// there. It lives here because Volunteers is the feature that knows both (and sits above Mail and Accounts).
/// </summary>
public sealed class MunicipalityOutboxReach(PortalDbContext db) : IOutboxReach
{
    public async Task<IQueryable<string>?> AddressesAsync(StaffActor actor, CancellationToken ct = default)
    {
        var scope = new StaffScope(db);
        var own = await scope.MunicipalitiesAsync(actor, ct);
        if (own is null)
        {
            return null;
        }

        var ids = own.ToList();
        var staff = scope.StaffOf(ids);
        var volunteers = db.Volunteers.Where(v => v.Municipalities.Any(m => ids.Contains(m.Id))).Select(v => v.UserId);
        return db.Users.Where(u => staff.Contains(u.Id) || volunteers.Contains(u.Id)).Select(u => u.Email!);
    }
}
