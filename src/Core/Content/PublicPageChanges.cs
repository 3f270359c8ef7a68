using IntegrationsNetz.Core.ChangeLog;
using IntegrationsNetz.Core.Common;
using IntegrationsNetz.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationsNetz.Core.Content;

/// <summary>
/// Appends an indexing task, in the same save, when a page or a unit the public pages show changes (editing,
/// publishing, scheduled publishing, import), so every node learns of it from the log the search index already
/// follows and drops its cached public pages. The task carries the changed item's id: the indexer finds no offer of
/// that id and changes nothing. Offers write their own tasks. A save interceptor, so no writer can forget it.
/// </summary>
internal sealed class PublicPageChanges(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(ShownItem)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var now = Clock.UtcNow(time);
        foreach (var id in changed)
        {
            context.Add(new IndexingTask { OfferId = id, CreatedAt = now });
        }
    }

    private static Guid? ShownItem(EntityEntry entry) => entry.Entity switch
    {
        Page page => page.Id,
        PageVariant variant => variant.PageId,
        Municipality municipality => municipality.Id,
        District district => district.Id,
        Provider provider => provider.Id,
        _ => null,
    };
}
