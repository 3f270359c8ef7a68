using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Organisation;

/// <summary>
/// The organisation editors of the back office and the API on one path: finds an item, applies a save command
/// (trimmed, blanks as null, references checked so an unknown id is a field error and never a database error)
/// and saves it through <see cref="OrganisationService"/>, which holds the rules.
/// </summary>
public sealed class OrganisationEditor(PortalDbContext db, OrganisationService service)
{
    public Task<List<District>> DistrictsAsync(CancellationToken ct = default) => db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);

    public Task<List<Provider>> ProvidersAsync(CancellationToken ct = default) => db.Providers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);

    public Task<List<Cooperation>> CooperationsAsync(CancellationToken ct = default) =>
        db.Cooperations.AsNoTracking().Include(c => c.Municipalities).Include(c => c.Providers).OrderBy(c => c.Name).ToListAsync(ct);

    public Task<List<Team>> TeamsAsync(CancellationToken ct = default) =>
        db.Teams.AsNoTracking().Include(t => t.Municipalities).OrderBy(t => t.Name).ToListAsync(ct);

    public Task<District?> FindDistrictAsync(Guid id, CancellationToken ct = default) => db.Districts.FirstOrDefaultAsync(d => d.Id == id, ct);

    public Task<Municipality?> FindMunicipalityAsync(Guid id, CancellationToken ct = default) => db.Municipalities.FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<Provider?> FindProviderAsync(Guid id, CancellationToken ct = default) => db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Cooperation?> FindCooperationAsync(Guid id, CancellationToken ct = default) =>
        db.Cooperations.Include(c => c.Municipalities).Include(c => c.Providers).FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<Team?> FindTeamAsync(Guid id, CancellationToken ct = default) =>
        db.Teams.Include(t => t.Municipalities).FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<OperationResult<District>> SaveAsync(Guid? id, SaveDistrict command, CancellationToken ct = default)
    {
        var item = id is { } known ? await FindDistrictAsync(known, ct) : new District { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        (item.Name, item.Slug, item.OfficialKey) = (Trim(command.Name), Trim(command.Slug), Blank(command.OfficialKey));
        return Saved(item, await service.SaveAsync(item, ct));
    }

    public async Task<OperationResult<Municipality>> SaveAsync(Guid? id, SaveMunicipality command, CancellationToken ct = default)
    {
        var item = id is { } known ? await FindMunicipalityAsync(known, ct) : new Municipality { Name = string.Empty, Slug = string.Empty, OfficialKey = string.Empty };
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        if (command.DistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId, ct))
        {
            return OperationResult.Invalid("DistrictId", Messages.Get("UnknownDistrict"));
        }

        item.Name = Trim(command.Name);
        item.Slug = Trim(command.Slug);
        item.OfficialKey = Trim(command.OfficialKey);
        item.DistrictId = command.DistrictId;
        item.Postcodes = (command.Postcodes ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        (item.Latitude, item.Longitude) = (command.Latitude, command.Longitude);
        return Saved(item, await service.SaveAsync(item, ct));
    }

    public async Task<OperationResult<Provider>> SaveAsync(Guid? id, SaveProvider command, CancellationToken ct = default)
    {
        var item = id is { } known ? await FindProviderAsync(known, ct) : new Provider { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        (item.Name, item.Slug, item.Email, item.Website) = (Trim(command.Name), Trim(command.Slug), Blank(command.Email), Blank(command.Website));
        return Saved(item, await service.SaveAsync(item, ct));
    }

    public async Task<OperationResult<Cooperation>> SaveAsync(Guid? id, SaveCooperation command, StaffActor actor, CancellationToken ct = default)
    {
        var item = id is { } known ? await FindCooperationAsync(known, ct) : new Cooperation { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        var municipalities = await MembersAsync(db.Municipalities, command.MunicipalityIds, ct);
        var providers = await MembersAsync(db.Providers, command.ProviderIds, ct);
        if (municipalities is null || providers is null)
        {
            return OperationResult.Invalid(municipalities is null ? "MunicipalityIds" : "ProviderIds", Messages.Get(municipalities is null ? "UnknownMunicipality" : "UnknownProvider"));
        }

        (item.Name, item.Slug, item.Description) = (Trim(command.Name), Trim(command.Slug), Blank(command.Description));
        (item.Municipalities, item.Providers) = (municipalities, providers);
        return Saved(item, await service.SaveAsync(item, actor, ct));
    }

    public async Task<OperationResult<Team>> SaveAsync(Guid? id, SaveTeam command, StaffActor actor, CancellationToken ct = default)
    {
        var item = id is { } known ? await FindTeamAsync(known, ct) : new Team { Name = string.Empty, Slug = string.Empty };
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        var kind = TeamKind.Regional;
        var validator = new Validator();
        if (!string.IsNullOrWhiteSpace(command.Kind) && !(Enum.TryParse(command.Kind.Trim(), true, out kind) && Enum.IsDefined(kind)))
        {
            validator.Add("Kind", Messages.Format("UnknownTeamKind", command.Kind));
        }

        if (command.DistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId, ct))
        {
            validator.Add("DistrictId", Messages.Get("UnknownDistrict"));
        }

        if (command.ProviderId is { } providerId && !await db.Providers.AnyAsync(p => p.Id == providerId, ct))
        {
            validator.Add("ProviderId", Messages.Get("UnknownProvider"));
        }

        var municipalities = await MembersAsync(db.Municipalities, command.MunicipalityIds, ct);
        if (municipalities is null)
        {
            validator.Add("MunicipalityIds", Messages.Get("UnknownMunicipality"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        (item.Name, item.Slug, item.Kind) = (Trim(command.Name), Trim(command.Slug), kind);
        (item.DistrictId, item.ProviderId, item.Municipalities) = (command.DistrictId, command.ProviderId, municipalities!);
        return Saved(item, await service.SaveAsync(item, actor, ct));
    }

    public Task<OperationResult> DeleteAsync<T>(Guid id, CancellationToken ct = default)
        where T : class => service.DeleteAsync<T>(id, ct);

    /// <summary>The items with these ids, or null when one of them does not exist.</summary>
    private static async Task<List<T>?> MembersAsync<T>(DbSet<T> set, IReadOnlyList<Guid>? ids, CancellationToken ct)
        where T : class
    {
        var wanted = (ids ?? []).Distinct().ToList();
        var found = await set.Where(e => wanted.Contains(EF.Property<Guid>(e, "Id"))).ToListAsync(ct);
        return found.Count == wanted.Count ? found : null;
    }

    private static OperationResult<T> Saved<T>(T item, OperationResult result) => result.Succeeded ? OperationResult<T>.Ok(item) : result;

    private static string Trim(string? value) => value?.Trim() ?? string.Empty;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
