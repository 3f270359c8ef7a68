using IntegrationsNetz.Core.Common;

namespace IntegrationsNetz.Core.Mail;

/// <summary>
/// Whose mails a staff member may see in the Postausgang. Mail knows addresses, not people: the feature that knows who
/// lives and works where answers (<c>Volunteers.MunicipalityOutboxReach</c>), so Mail imports none of the features that
/// send mail through it.
/// </summary>
public interface IOutboxReach
{
    /// <summary>The addresses whose mails <paramref name="actor"/> may see, as a query; null for every mail (administrators).</summary>
    Task<IQueryable<string>?> AddressesAsync(StaffActor actor, CancellationToken ct = default);
}
