using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Hosting;

/// <summary>
/// The output cache's store, without a lock on the request path. The framework's memory store keeps, per tag, the set
/// of keys under one lock that it also holds while the entry goes into the memory cache; every miss of the public read
/// path stores an entry, so under load the requests queue on that lock (most of the time of an uncached search
/// request in the load run's profile). Here a tag has a generation number instead: an entry remembers the generations
/// of its tags, evicting a tag moves its generation on, and an entry of an older generation counts as gone when it is
/// read (the memory cache then drops it by its size limit or its expiry).
/// </summary>
public sealed class GenerationOutputCacheStore : IOutputCacheStore, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public GenerationOutputCacheStore(IOptions<OutputCacheOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit });
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        _generations.AddOrUpdate(tag, 1, (_, generation) => generation + 1);
        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_cache.Get(key) is not Entry entry)
        {
            return ValueTask.FromResult<byte[]?>(null);
        }

        foreach (var (tag, generation) in entry.Tags)
        {
            if (Generation(tag) != generation)
            {
                _cache.Remove(key);
                return ValueTask.FromResult<byte[]?>(null);
            }
        }

        return ValueTask.FromResult<byte[]?>(entry.Value);
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);

        // The generations are read before the entry goes in: an eviction in between leaves the entry stale, never the
        // other way round.
        var remembered = tags is { Length: > 0 } ? Array.ConvertAll(tags, t => (t, Generation(t))) : [];
        _cache.Set(key, new Entry(value, remembered), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = validFor,
            Size = value.Length,
        });
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();

    private long Generation(string tag) => _generations.TryGetValue(tag, out var generation) ? generation : 0;

    private sealed record Entry(byte[] Value, (string Tag, long Generation)[] Tags);
}
