using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IntegrationsNetz.Core.Search;

/// <summary>One analysed word of the query; sub-words of a compound share the position of the whole word.</summary>
public sealed record QueryToken(string Term, int Position, bool IsPart);

/// <summary>
/// Builds the Lucene query from what a visitor typed, without Lucene's query syntax: every character is text,
/// so "(((", "title:*" or a stray quote can never cause an error.
/// </summary>
public static class TextQueryBuilder
{
    public const int MaxQueryLength = 500;
    public const int MaxWords = 24;

    private static readonly (string Field, float Boost)[] Fields =
    [
        (SearchFields.Title, 3f),
        (SearchFields.Tags, 2f),
        (SearchFields.Description, 1f),
    ];

    public static IReadOnlyList<QueryToken> Analyze(Analyzer analyzer, string? text)
    {
        var tokens = new List<QueryToken>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        using var stream = analyzer.GetTokenStream(SearchFields.Title, text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            var isPart = increment.PositionIncrement == 0 && position >= 0;
            position += Math.Max(increment.PositionIncrement, isPart ? 0 : 1);
            if (position >= MaxWords)
            {
                break;
            }

            tokens.Add(new QueryToken(term.ToString(), position, isPart));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Every word must match (in title, tags or description); a compound may match by its parts; long words forgive a typo.</summary>
    public static Query? Build(IReadOnlyList<QueryToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var word in tokens.GroupBy(t => t.Position))
        {
            // A word matches as a whole (exactly or with a typo), or a compound by all of its parts together:
            // "Sprachcafé" needs both "sprach" and "cafe", so it does not match every "Sprachkurs".
            var whole = word.First(t => !t.IsPart);
            var alternatives = new BooleanQuery();
            foreach (var (field, boost) in Fields)
            {
                alternatives.Add(new TermQuery(new Term(field, whole.Term)) { Boost = boost }, Occur.SHOULD);
            }

            if (whole.Term.Length >= 6)
            {
                var edits = whole.Term.Length >= 10 ? 2 : 1;
                alternatives.Add(new FuzzyQuery(new Term(SearchFields.Title, whole.Term), edits, prefixLength: 2) { Boost = 1.2f }, Occur.SHOULD);
                alternatives.Add(new FuzzyQuery(new Term(SearchFields.Tags, whole.Term), edits, prefixLength: 2) { Boost = 0.8f }, Occur.SHOULD);
            }

            var parts = word.Where(t => t.IsPart).Select(t => t.Term).Distinct().ToList();
            if (parts.Count > 0)
            {
                var allParts = new BooleanQuery { Boost = 0.5f };
                foreach (var part in parts)
                {
                    var anyField = new BooleanQuery();
                    foreach (var (field, boost) in Fields)
                    {
                        anyField.Add(new TermQuery(new Term(field, part)) { Boost = boost }, Occur.SHOULD);
                    }

                    allParts.Add(anyField, Occur.MUST);
                }

                alternatives.Add(allParts, Occur.SHOULD);
            }

            all.Add(alternatives, Occur.MUST);
        }

        var words = tokens.Where(t => !t.IsPart).ToList();
        if (words.Count > 1)
        {
            // Words standing together in the title rank higher than the same words scattered.
            var phrase = new PhraseQuery { Slop = 2, Boost = 2f };
            foreach (var token in words)
            {
                phrase.Add(new Term(SearchFields.Title, token.Term), token.Position);
            }

            all.Add(phrase, Occur.SHOULD);
        }

        return all;
    }

    /// <summary>Whether a word of a document matches a query word, as the query did (exactly or within the typo allowance).</summary>
    public static bool Matches(string documentTerm, QueryToken token)
    {
        if (documentTerm == token.Term)
        {
            return true;
        }

        if (token.IsPart || token.Term.Length < 6 || documentTerm.Length < 2 || documentTerm[..2] != token.Term[..2])
        {
            return false;
        }

        var edits = token.Term.Length >= 10 ? 2 : 1;
        return Math.Abs(documentTerm.Length - token.Term.Length) <= edits && Levenshtein(documentTerm, token.Term) <= edits;
    }

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
