using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// A text's tokens as the analyzer gives them: each term with its offsets, the terms in one buffer. What a snippet
/// needs of a text does not depend on the query, so it is worked out once per text rather than once per search.
/// </summary>
public sealed class AnalysedText
{
    private readonly char[] _terms;
    private readonly Token[] _tokens;

    private AnalysedText(char[] terms, Token[] tokens)
    {
        _terms = terms;
        _tokens = tokens;
    }

    public int Count => _tokens.Length;

    public ReadOnlySpan<char> Term(int i) => _terms.AsSpan(_tokens[i].TermStart, _tokens[i].TermLength);

    public int StartOffset(int i) => _tokens[i].Start;

    public int EndOffset(int i) => _tokens[i].End;

    public static AnalysedText Of(Analyzer analyzer, string text)
    {
        var terms = new List<char>(text.Length);
        var tokens = new List<Token>(text.Length / 6);
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(terms.Count, term.Length, offset.StartOffset, offset.EndOffset));
            terms.AddRange(term.Buffer.AsSpan(0, term.Length));
        }

        stream.End();
        return new AnalysedText([.. terms], [.. tokens]);
    }

    private readonly record struct Token(int TermStart, int TermLength, int Start, int End);
}

/// <summary>
/// The analysed texts of the offers searched lately, so the snippets of a hit that comes up again (the same course
/// for many queries) skip the analyzer. Bounded: when full it starts afresh, which costs one analysis per text again
/// and keeps the memory at a few MB. Keyed by the text itself, so a changed description is analysed anew. One cache
/// serves one analyzer (the search service's own).
/// </summary>
public sealed class AnalysedTexts(int capacity)
{
    private readonly ConcurrentDictionary<string, AnalysedText> _texts = new(StringComparer.Ordinal);

    public AnalysedText Get(Analyzer analyzer, string text)
    {
        if (_texts.TryGetValue(text, out var analysed))
        {
            return analysed;
        }

        analysed = AnalysedText.Of(analyzer, text);
        if (_texts.Count >= capacity)
        {
            _texts.Clear();
        }

        _texts.TryAdd(text, analysed);
        return analysed;
    }
}
