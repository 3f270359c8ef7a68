using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing.Relevance;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The relevance set (tests/Relevance): a fixed directory and the queries people type, each with the offers that must
/// come first, in classes (compound parts, word forms, typos, synonyms, abbreviations, partial matches, other
/// languages ...). The floors lie a little below what the search reaches (99.6 % on 2026-12-01), so a change that
/// makes one class of queries worse fails here.
/// </summary>
public sealed class RelevanceTests(RelevanceTests.Directory directory, ITestOutputHelper output) : IClassFixture<RelevanceTests.Directory>
{
    private const double Floor = 0.95;
    private const double ClassFloor = 0.85;

    [Fact]
    public void The_relevance_set_reaches_its_floor_in_every_class()
    {
        var score = directory.Evaluate();
        output.WriteLine(score.Report());

        Assert.True(RelevanceSet.Queries().Count >= 150);
        Assert.True(score.SuccessRate >= Floor, score.Report());
        Assert.All(score.ByClass, c => Assert.True(c.Success >= ClassFloor, $"{c.Class}: {c.Success:P0}\n{score.Report()}"));
    }

    [Fact]
    public void Deutschkurs_and_its_typo_find_every_language_course()
    {
        var courses = directory.Search.Search(null, r => r with { Kinds = [IntegrationsNetz.Core.Offers.OfferKind.LanguageCourse], PageSize = 100 }).Total;

        foreach (var query in new[] { "Deutschkurs", "Deutschkurz", "Sprachkurs" })
        {
            var result = directory.Search.Search(query, r => r with { PageSize = 100 });
            Assert.Equal(courses, result.Facets[SearchFields.Kind]["LanguageCourse"]);
        }
    }

    [Fact]
    public void When_no_offer_has_every_word_the_offers_with_most_of_them_come_marked_as_partial()
    {
        var partial = directory.Search.Search("Jobcenter Weinheim Parkhaus");
        var complete = directory.Search.Search("Jobcenter Weinheim");

        Assert.True(partial.Partial);
        Assert.Equal("jobcenter-weinheim", partial.Items[0].Slug);
        Assert.False(complete.Partial);
        Assert.Equal(0, directory.Search.Search("Xylophon Zebrastreifen").Total);
    }

    /// <summary>The imported relevance directory, searched as the API searches (German UI, 20 hits).</summary>
    public sealed class Directory : IAsyncLifetime
    {
        private SearchHarness _search = null!;

        public SearchHarness Search => _search;

        public async ValueTask InitializeAsync()
        {
            _search = await SearchHarness.ImportAsync(RelevanceSet.Folder);
            _search.UseDemoSynonyms();
        }

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
