using IntegrationsNetz.Web.Common.Pages;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Web.Organisation.BackOffice;

public sealed record OrganisationItem(Guid Id, string Name, string Detail);

public sealed record OrganisationSection(string Type, IReadOnlyList<OrganisationItem> Items);

[Authorize(Policy = Policies.Organisation)]
public sealed class OrganisationIndexModel(PortalDbContext db) : BackOfficePageModel
{
    public IReadOnlyList<OrganisationSection> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sections =
        [
            new("districts", await db.Districts.OrderBy(d => d.Name).Select(d => new OrganisationItem(d.Id, d.Name, d.OfficialKey ?? string.Empty)).ToListAsync(ct)),
            new("municipalities", await db.Municipalities.OrderBy(m => m.Name).Select(m => new OrganisationItem(m.Id, m.Name, m.District != null ? m.District.Name : string.Empty)).ToListAsync(ct)),
            new("providers", await db.Providers.OrderBy(p => p.Name).Select(p => new OrganisationItem(p.Id, p.Name, p.Email ?? string.Empty)).ToListAsync(ct)),
            new("cooperations", await db.Cooperations.OrderBy(c => c.Name).Select(c => new OrganisationItem(c.Id, c.Name, string.Join(", ", c.Municipalities.Select(m => m.Name)))).ToListAsync(ct)),
            new("teams", await db.Teams.OrderBy(t => t.Name).Select(t => new OrganisationItem(t.Id, t.Name, t.Kind.ToString())).ToListAsync(ct)),
        ];
    }
}
