using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrationsNetz.Core.Organisation;

/// <summary>Saves and deletes districts, municipalities, providers, cooperations and teams with their rules.</summary>
public sealed class OrganisationService(PortalDbContext db, TimeProvider time)
{
    public Task<OperationResult> SaveAsync(District item, CancellationToken ct = default) =>
        SaveAsync(db.Districts, item, OrganisationRules.Validate(item), i => i.Slug, ct);

    public Task<OperationResult> SaveAsync(Municipality item, CancellationToken ct = default) =>
        SaveAsync(db.Municipalities, item, OrganisationRules.Validate(item), i => i.Slug, ct);

    public Task<OperationResult> SaveAsync(Provider item, CancellationToken ct = default) =>
        SaveAsync(db.Providers, item, OrganisationRules.Validate(item), i => i.Slug, ct);

    public async Task<OperationResult> SaveAsync(Cooperation item, StaffActor actor, CancellationToken ct = default) =>
        await WidensScopeAsync(actor, item.Municipalities, db.Cooperations.Where(c => c.Id == item.Id).SelectMany(c => c.Municipalities), ct)
        ?? await SaveAsync(db.Cooperations, item, OrganisationRules.Validate(item), i => i.Slug, ct);

    public async Task<OperationResult> SaveAsync(Team item, StaffActor actor, CancellationToken ct = default) =>
        await WidensScopeAsync(actor, item.Municipalities, db.Teams.Where(t => t.Id == item.Id).SelectMany(t => t.Municipalities), ct)
        ?? await SaveAsync(db.Teams, item, OrganisationRules.Validate(item), i => i.Slug, ct);

    /// <summary>Deletes an item and leaves a tombstone, so the delete travels with the next content export.</summary>
    public async Task<OperationResult> DeleteAsync<T>(Guid id, CancellationToken ct = default)
        where T : class
    {
        var item = await db.Set<T>().FindAsync([id], ct);
        if (item is null)
        {
            return OperationResult.NotFound;
        }

        db.Remove(item);
        db.Tombstones.Add(new Tombstone
        {
            Id = id,
            ItemType = typeof(T).Name,
            Alias = db.Entry(item).Property<string>("Slug").CurrentValue,
            DeletedAt = Clock.UtcNow(time),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return OperationResult.Conflict("Id", Messages.Get("StillInUse"));
        }

        return OperationResult.Ok;
    }

    /// <summary>
    /// Staff work for the municipalities of their teams and cooperations, so adding a municipality to one widens
    /// somebody's scope, possibly the caller's own. Only administrators add municipalities the caller does not already
    /// work for; anyone with the role may add their own municipalities or remove any. Null means "allowed".
    /// </summary>
    private async Task<OperationResult?> WidensScopeAsync(
        StaffActor actor, IEnumerable<Municipality> wanted, IQueryable<Municipality> stored, CancellationToken ct)
    {
        var own = await new StaffScope(db).MunicipalitiesAsync(actor, ct);
        if (own is null)
        {
            return null;
        }

        var before = await stored.Select(m => m.Id).ToListAsync(ct);
        return wanted.Any(m => !before.Contains(m.Id) && !own.Contains(m.Id))
            ? OperationResult.Invalid("MunicipalityIds", Messages.Get("OrganisationWidensScope"))
            : null;
    }

    private async Task<OperationResult> SaveAsync<T>(DbSet<T> set, T item, Validator validator, Func<T, string> slugOf, CancellationToken ct)
        where T : class
    {
        var id = db.Entry(item).Property<Guid>("Id").CurrentValue;
        var slug = slugOf(item);
        if (validator.IsValid && await set.AnyAsync(e => EF.Property<string>(e, "Slug") == slug && EF.Property<Guid>(e, "Id") != id, ct))
        {
            validator.Add("Slug", Messages.Get("SlugTaken"));
        }

        if (!validator.IsValid)
        {
            return validator.ToResult();
        }

        if (db.Entry(item).State == EntityState.Detached)
        {
            if (id == Guid.Empty)
            {
                db.Entry(item).Property<Guid>("Id").CurrentValue = Guid.CreateVersion7();
            }

            set.Add(item);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }
}
