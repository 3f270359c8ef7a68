using IntegrationsNetz.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace IntegrationsNetz.Web.Tests.Operations;

/// <summary>The output cache's store: an evicted tag takes its entries with it, and only those.</summary>
public sealed class GenerationOutputCacheStoreTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Evicting_a_tag_drops_its_entries_and_keeps_the_others()
    {
        using var store = new GenerationOutputCacheStore(Options.Create(new OutputCacheOptions()));
        await store.SetAsync("page", [1], ["public"], Minute, default);
        await store.SetAsync("other", [2], ["other"], Minute, default);
        await store.SetAsync("untagged", [3], null, Minute, default);

        await store.EvictByTagAsync("public", default);

        Assert.Null(await store.GetAsync("page", default));
        Assert.Equal([2], await store.GetAsync("other", default));
        Assert.Equal([3], await store.GetAsync("untagged", default));

        // What is stored after the eviction is served again.
        await store.SetAsync("page", [4], ["public"], Minute, default);
        Assert.Equal([4], await store.GetAsync("page", default));
    }

    [Fact]
    public async Task The_size_limit_holds()
    {
        using var store = new GenerationOutputCacheStore(Options.Create(new OutputCacheOptions { SizeLimit = 1_000 }));
        await store.SetAsync("big", new byte[2_000], ["public"], Minute, default);

        Assert.Null(await store.GetAsync("big", default));
    }
}
