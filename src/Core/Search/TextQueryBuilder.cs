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

    // Fuzzy matching, as Lucene's FuzzyQuery: the first letters must be right, at most this many other terms per field.
    private const int FuzzyPrefixLength = 2;
    private const int MaxFuzzyTerms = 50;

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

    /// <summary>The number of words of a query (compound parts are not words of their own).</summary>
    public static int WordCount(IReadOnlyList<QueryToken> tokens) => tokens.Select(t => t.Position).Distinct().Count();

    /// <summary>
    /// Every word must match (anywhere in title, tags or description); a compound may match by its parts in the title or
    /// tags; a long word the titles and tags do not contain forgives a typo; a word of the field's vocabulary also matches
    /// its synonyms. Matches in the title count most, then the tags.
    /// </summary>
    /// <param name="ranked">
    /// False when the hits are sorted by date or distance: the score then only breaks ties, so the clauses that only add
    /// to the score (title, head, phrase) are left out, which saves matching time; ties go by the text field's score.
    /// </param>
    /// <param name="minimumShouldMatch">
    /// Above 0: only this many of the words need to match (the partial answer when no offer matches all of them); an
    /// offer that matches more words scores higher (Lucene's coordination factor).
    /// </param>
    public static Query? Build(IReadOnlyList<QueryToken> tokens, IndexReader reader, bool ranked = true, int minimumShouldMatch = 0, SearchSynonyms? synonyms = null)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        synonyms ??= SearchSynonyms.Empty;
        var all = new BooleanQuery();
        var partial = minimumShouldMatch > 0;
        var words = partial ? new BooleanQuery { MinimumNumberShouldMatch = minimumShouldMatch } : all;
        var occur = partial ? Occur.SHOULD : Occur.MUST;
        var single = WordCount(tokens) == 1;
        foreach (var word in tokens.GroupBy(t => t.Position))
        {
            // A word matches as a whole (exactly or with a typo), or a compound by all of its parts together:
            // "Sprachcafé" needs both "sprach" and "cafe", so it does not match every "Sprachkurs".
            // The text field holds title, tags and description together, so the word is one term to look up rather
            // than three. Title and head (title and tags) add to the score of what matched (title 3, tags 2, text 1).
            // With several words they are optional clauses beside the required match, so Lucene looks at them only
            // for documents that match all words.
            var whole = word.First(t => !t.IsPart);
            var text = new TermQuery(new Term(SearchFields.Text, whole.Term));
            var alternatives = new DenseDisjunctionQuery { { text, Occur.SHOULD } };
            var vocabulary = synonyms.Of(whole.Term);
            foreach (var alternative in vocabulary)
            {
                AddSynonym(alternatives, alternative, ranked);
            }

            if (vocabulary.Count == 0 && whole.Term.Length >= 6 && reader.DocFreq(new Term(SearchFields.Head, whole.Term)) == 0)
            {
                // Typo tolerance only for words no title or tag contains: a correctly spelled word needs none, and
                // looking for its neighbours would only add noise.
                AddFuzzy(alternatives, reader, SearchFields.Head, whole.Term, whole.Term.Length >= 10 ? 2 : 1, 1.2f);
            }

            // The parts only in title and tags: "Deutsch" and "Kurs" somewhere in a long description do not make a
            // "Deutschkurs" (and the parts are among the most frequent words, so looking for them everywhere is slow).
            var parts = word.Where(t => t.IsPart).Select(t => t.Term).Distinct().ToList();
            if (parts.Count > 0)
            {
                alternatives.Add(new ConstantScoreQuery(CompoundParts.Filter(parts)) { Boost = 0.5f }, Occur.SHOULD);
            }

            if (!ranked)
            {
                words.Add(alternatives.Clauses.Count == 1 ? text : alternatives, occur);
                continue;
            }

            var title = new TermQuery(new Term(SearchFields.Title, whole.Term));
            var head = new TermQuery(new Term(SearchFields.Head, whole.Term)) { Boost = 2f };
            if (single)
            {
                // One word: all alternatives side by side, which Lucene scores in bulk, the fastest for a single word.
                alternatives.Add(title, Occur.SHOULD);
                alternatives.Add(head, Occur.SHOULD);
                words.Add(alternatives, occur);
                continue;
            }

            words.Add(new BooleanQuery
            {
                { alternatives.Clauses.Count == 1 ? text : alternatives, Occur.MUST },
                { title, Occur.SHOULD },
                { head, Occur.SHOULD },
            }, occur);
        }

        if (partial)
        {
            all.Add(words, Occur.MUST);
        }

        var typed = tokens.Where(t => !t.IsPart).ToList();
        if (ranked && typed.Count > 1)
        {
            // Words standing together in the title rank higher than the same words scattered.
            var phrase = new PhraseQuery { Slop = 2, Boost = 2f };
            foreach (var token in typed)
            {
                phrase.Add(new Term(SearchFields.Title, token.Term), token.Position);
            }

            all.Add(phrase, Occur.SHOULD);
        }

        return all;
    }

    /// <summary>
    /// Whether a word (its tokens at one position) can match any offer the way <see cref="Build"/> matches it: itself,
    /// a synonym, its compound parts in titles and tags, or a near word for a typo. A word that cannot is left out of
    /// the partial search, which can then require all the other words (a plain conjunction, much faster than
    /// "at least n of m").
    /// </summary>
    public static bool CanMatch(IReadOnlyList<QueryToken> word, IndexReader reader, SearchSynonyms synonyms)
    {
        var whole = word.First(t => !t.IsPart);
        if (reader.DocFreq(new Term(SearchFields.Text, whole.Term)) > 0)
        {
            return true;
        }

        var vocabulary = synonyms.Of(whole.Term);
        if (vocabulary.Any(alternative => alternative.All(w => reader.DocFreq(new Term(SearchFields.Text, w)) > 0)))
        {
            return true;
        }

        var parts = word.Where(t => t.IsPart).ToList();
        if (parts.Count > 0 && parts.All(p => reader.DocFreq(new Term(SearchFields.Head, p.Term)) > 0))
        {
            return true;
        }

        return vocabulary.Count == 0 && whole.Term.Length >= 6
            && FuzzyTerms.Near(reader, SearchFields.Head, whole.Term, whole.Term.Length >= 10 ? 2 : 1, FuzzyPrefixLength).Any();
    }

    /// <summary>
    /// A synonym matches like the word (all its words in the text); where its words are all in the title or tags it
    /// counts as much as the word itself would there, so "Arbeitsamt" ranks the Agenturen für Arbeit first.
    /// </summary>
    private static void AddSynonym(BooleanQuery alternatives, IReadOnlyList<string> words, bool ranked)
    {
        alternatives.Add(AllOf(SearchFields.Text, words, 1f), Occur.SHOULD);
        if (ranked)
        {
            alternatives.Add(AllOf(SearchFields.Head, words, 2f), Occur.SHOULD);
        }
    }

    private static Query AllOf(string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count == 1)
        {
            return new TermQuery(new Term(field, words[0])) { Boost = boost };
        }

        var all = new BooleanQuery { Boost = boost };
        foreach (var word in words)
        {
            all.Add(new TermQuery(new Term(field, word)), Occur.MUST);
        }

        return all;
    }

    /// <summary>
    /// The terms of the field near the word, each scored as Lucene's FuzzyQuery scores it (a constant weighted by the
    /// similarity, not by how often it occurs), at most <see cref="MaxFuzzyTerms"/> of the closest.
    /// </summary>
    private static void AddFuzzy(BooleanQuery alternatives, IndexReader reader, string field, string word, int edits, float boost)
    {
        var near = FuzzyTerms.Near(reader, field, word, edits, FuzzyPrefixLength)
            .Select(t => (t.Term, Similarity: FuzzyTerms.Similarity(t, word)))
            .OrderByDescending(t => t.Similarity).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxFuzzyTerms)
            .ToList();
        if (near.Count == 0)
        {
            return;
        }

        var fuzzy = new BooleanQuery(disableCoord: true);
        foreach (var (term, similarity) in near)
        {
            fuzzy.Add(new ConstantScoreQuery(new TermQuery(new Term(field, term))) { Boost = boost * similarity }, Occur.SHOULD);
        }

        alternatives.Add(fuzzy, Occur.SHOULD);
    }

    /// <summary>Whether a word of a document matches a query word, as the query did (exactly or within the typo allowance).</summary>
    /// <remarks>On a span, so the snippet can test every word of a description without a string per word.</remarks>
    public static bool Matches(ReadOnlySpan<char> documentTerm, QueryToken token)
    {
        var term = token.Term.AsSpan();
        if (documentTerm.SequenceEqual(term))
        {
            return true;
        }

        if (token.IsPart || term.Length < 6 || documentTerm.Length < 2 || !documentTerm[..2].SequenceEqual(term[..2]))
        {
            return false;
        }

        var edits = term.Length >= 10 ? 2 : 1;
        return Math.Abs(documentTerm.Length - term.Length) <= edits && Levenshtein(documentTerm, term) <= edits;
    }

    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Two rows on the stack for the words a query has (at most MaxQueryLength characters); the heap beyond that.
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
