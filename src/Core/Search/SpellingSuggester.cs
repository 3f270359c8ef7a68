using Lucene.Net.Index;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// "Meinten Sie …?": each word of a query that found nothing is replaced by the closest word from the titles and
/// tags of the index. Written by hand because Lucene.Net.Suggest is not in our package registry.
/// </summary>
public static class SpellingSuggester
{
    public static string? Suggest(IndexReader reader, string query)
    {
        var words = TextQueryBuilder.Analyze(new SpellingAnalyzer(), query).Select(t => t.Term).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var changed = false;
        var suggestion = new List<string>();
        foreach (var word in words)
        {
            if (word.Length < 4 || reader.DocFreq(new Term(SearchFields.Spelling, word)) > 0)
            {
                suggestion.Add(word);
                continue;
            }

            var best = Closest(reader, word);
            changed |= best is not null;
            suggestion.Add(best ?? word);
        }

        return changed ? string.Join(' ', suggestion) : null;
    }

    private static string? Closest(IndexReader reader, string word)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in FuzzyTerms.Near(reader, SearchFields.Spelling, word, maxEdits, prefixLength: 1))
        {
            // Common words win over rare ones, but every edit costs as much as ten documents.
            var score = candidate.DocFreq - (10.0 * TextQueryBuilder.Levenshtein(candidate.Term, word));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate.Term, score);
            }
        }

        return best;
    }
}
