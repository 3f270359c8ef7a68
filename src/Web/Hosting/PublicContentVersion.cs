using IntegrationsNetz.Core.ChangeLog;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// This node's generation of public content: moves on whenever a change to something the public pages show becomes
/// known here (a save on this node, or an indexing task another node wrote), and drops the cached public answers.
/// </summary>
public sealed class PublicContentVersion(IOutputCacheStore store, ILogger<PublicContentVersion> logger)
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public async Task ChangedAsync(CancellationToken ct = default)
    {
        var generation = Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(PublicCachePolicy.Tag, ct);
        logger.LogDebug("Public content generation {Generation}: cached pages dropped", generation);
    }
}

/// <summary>
/// A save on this node that wrote an indexing task (an offer, a page, a unit) moves the generation on at once, so
/// whoever saved sees the change on the next request; other nodes hear of it from <see cref="PublicChangeWatch"/>.
/// </summary>
public sealed class PublicChangeSaveHook(IServiceProvider services) : SaveChangesInterceptor
{
    // Per context, not per async flow: EF calls the two halves from inside its own async methods.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushAsync(eventData.Context, cancellationToken);
        return result;
    }

    private void Note(DbContext? context)
    {
        if (context?.ChangeTracker.Entries<IndexingTask>().Any(e => e.State == EntityState.Added) == true)
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    // Inside an open transaction this runs before the commit; the watch moves the generation on again once the
    // task is visible, so an answer read in between lives at most one round.
    private async ValueTask FlushAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not null && _pending.Remove(context))
        {
            await services.GetRequiredService<PublicContentVersion>().ChangedAsync(ct);
        }
    }
}
