using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationsNetz.Testing.Relevance;

/// <summary>One hit as the relevance set sees it: the offer's slug and kind.</summary>
public sealed record RelevanceHit(string Slug, string Kind);

/// <summary>A query of the relevance set: its class, the text, the depth k and the offers that must come first.</summary>
public sealed record RelevanceQuery(string Class, string Text, int K, IReadOnlyList<string> Expected)
{
    /// <summary>Whether a hit is one of the expected offers (<c>*</c> matches any letters, <c>@Kind</c> any offer of the kind).</summary>
    public bool IsExpected(RelevanceHit hit) => Expected.Any(e => e.StartsWith('@')
        ? string.Equals(e[1..], hit.Kind, StringComparison.Ordinal)
        : Regex.IsMatch(hit.Slug, "^" + Regex.Escape(e).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant));

    /// <summary>
    /// All expected offers among the first k hits; when more offers are expected than k (a pattern or a kind), the first
    /// k hits must all be expected ones, and there must be k of them.
    /// </summary>
    public bool Succeeds(IReadOnlyList<RelevanceHit> hits)
    {
        var top = hits.Take(K).ToList();
        var literal = Expected.All(e => !e.Contains('*', StringComparison.Ordinal) && !e.StartsWith('@'));
        if (literal && Expected.Count <= K)
        {
            return Expected.All(slug => top.Any(h => h.Slug == slug));
        }

        return top.Count == K && top.All(IsExpected);
    }

    /// <summary>nDCG@10 with binary gains; the ideal list has as many expected offers as exist, at most 10.</summary>
    public double Ndcg(IReadOnlyList<RelevanceHit> hits, int relevantInDirectory)
    {
        double Gain(int rank) => 1 / Math.Log2(rank + 2);
        var dcg = hits.Take(10).Select((h, i) => IsExpected(h) ? Gain(i) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(10, Math.Max(1, relevantInDirectory))).Sum(Gain);
        return dcg / ideal;
    }
}

/// <summary>The outcome of one query.</summary>
public sealed record RelevanceOutcome(RelevanceQuery Query, bool Success, double Ndcg, IReadOnlyList<RelevanceHit> Top);

/// <summary>Success@k and nDCG@10 per class of query and over all queries.</summary>
public sealed record RelevanceScore(IReadOnlyList<RelevanceOutcome> Outcomes)
{
    public double SuccessRate => Outcomes.Count(o => o.Success) / (double)Outcomes.Count;

    public double MeanNdcg => Outcomes.Average(o => o.Ndcg);

    public IEnumerable<(string Class, int Queries, double Success, double Ndcg)> ByClass =>
        Outcomes.GroupBy(o => o.Query.Class)
            .Select(g => (g.Key, g.Count(), g.Count(o => o.Success) / (double)g.Count(), g.Average(o => o.Ndcg)));

    public IEnumerable<RelevanceOutcome> Failures => Outcomes.Where(o => !o.Success);

    /// <summary>A Markdown table per class plus the total, and the failed queries with their first hits.</summary>
    public string Report(bool withFailures = true)
    {
        var text = new StringBuilder();
        text.AppendLine("| class | queries | success@k | nDCG@10 |");
        text.AppendLine("|-------|--------:|----------:|--------:|");
        foreach (var (name, queries, success, ndcg) in ByClass)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {queries} | {success:P0} | {ndcg:0.00} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **all** | {Outcomes.Count} | {SuccessRate:P1} | {MeanNdcg:0.00} |");
        if (withFailures)
        {
            foreach (var failure in Failures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  miss [{failure.Query.Class}] \"{failure.Query.Text}\" (k={failure.Query.K}): {string.Join(", ", failure.Top.Take(failure.Query.K).Select(h => h.Slug))}");
            }
        }

        return text.ToString();
    }
}

/// <summary>The relevance set in tests/Relevance: a fixed directory (uSync files) and queries.tsv.</summary>
public static class RelevanceSet
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Relevance");

    public static IReadOnlyList<RelevanceQuery> Queries() => File.ReadAllLines(Path.Combine(Folder, "queries.tsv"), Encoding.UTF8)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(f => new RelevanceQuery(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .ToList();

    /// <summary>Runs every query; <paramref name="all"/> is every offer of the directory (to know how many are relevant).</summary>
    public static RelevanceScore Evaluate(Func<string, IReadOnlyList<RelevanceHit>> search, IReadOnlyList<RelevanceHit> all) =>
        new(Queries().Select(q =>
        {
            var hits = search(q.Text);
            return new RelevanceOutcome(q, q.Succeeds(hits), q.Ndcg(hits, all.Count(q.IsExpected)), hits.Take(10).ToList());
        }).ToList());
}
