using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// A short, HTML-safe passage of the description with the matched words in &lt;mark&gt;. The passage starts shortly
/// before the first matched word and is at most <see cref="Length"/> characters long; Lucene.Net.Highlighter marks and
/// encodes it, with the same analyzer and the query's own matching rule (<see cref="QueryTokenScorer"/>), so it marks
/// exactly the words the query matched, typos included.
/// </summary>
public static class Snippets
{
    public const int Length = 180;

    // How far before the first match the passage starts, so the match is seen in its sentence.
    private const int Lead = 40;

    private static readonly SimpleHTMLFormatter Marks = new("<mark>", "</mark>");

    public static string Build(Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = tokens.Count == 0 ? -1 : FirstMatch(analyzer, text, tokens);
        var start = first < 0 ? 0 : WordStart(text, Math.Max(0, first - Lead));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(Lead, end - start));
            end = space > start ? space : end;
        }

        var passage = text[start..end];
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        // GetBestFragment answers null when nothing in the passage matched.
        var marked = first < 0 ? null : Highlighter(tokens).GetBestFragment(analyzer, SearchFields.Text, passage);
        html.Append(marked ?? HtmlEncoder.Instance.EncodeText(passage));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    private static Highlighter Highlighter(IReadOnlyList<QueryToken> tokens) =>
        new(Marks, HtmlEncoder.Instance, new QueryTokenScorer(tokens)) { TextFragmenter = new NullFragmenter() };

    /// <summary>Where the first word the query matched begins, or -1.</summary>
    private static int FirstMatch(Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens)
    {
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var found = -1;
        while (found < 0 && stream.IncrementToken())
        {
            if (QueryTokenScorer.Matches(term, tokens))
            {
                found = offset.StartOffset;
            }
        }

        stream.End();
        return found;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }
}
