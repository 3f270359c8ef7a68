using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Scores a word of the passage for Lucene's <see cref="Highlighter"/> by the rule the query matched with
/// (<see cref="TextQueryBuilder.Matches"/>: exactly, or within the typo allowance). Lucene's own QueryScorer only knows
/// the exact terms of a query, and it would rebuild the query's phrase and fuzzy parts for every passage.
/// </summary>
internal sealed class QueryTokenScorer(IReadOnlyList<QueryToken> tokens) : IScorer
{
    private ICharTermAttribute? _term;
    private float _fragmentScore;

    public float FragmentScore => _fragmentScore;

    public TokenStream? Init(TokenStream tokenStream)
    {
        _term = tokenStream.AddAttribute<ICharTermAttribute>();
        return null;
    }

    public void StartFragment(TextFragment newFragment) => _fragmentScore = 0;

    public float GetTokenScore()
    {
        if (_term is null || !Matches(_term, tokens))
        {
            return 0;
        }

        _fragmentScore++;
        return 1;
    }

    public static bool Matches(ICharTermAttribute term, IReadOnlyList<QueryToken> tokens)
    {
        var value = term.ToString();
        return tokens.Any(t => TextQueryBuilder.Matches(value, t));
    }
}

/// <summary>
/// HTML-encodes the passage as the pages encode text (<see cref="WebUtility.HtmlEncode(string)"/>). Lucene's
/// SimpleHTMLEncoder writes every character above ASCII as a numeric entity, which would turn Arabic and Ukrainian
/// descriptions in the JSON API into entities.
/// </summary>
internal sealed class HtmlEncoder : IEncoder
{
    public static readonly HtmlEncoder Instance = new();

    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
