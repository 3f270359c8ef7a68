using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// A short, HTML-safe passage of the description with the matched words in &lt;mark&gt;. Written by hand because
/// Lucene.Net.Highlighter is not in our package registry; it uses the same analyzer, so it marks what the query matched.
/// </summary>
public static class Snippets
{
    public const int Length = 180;

    public static string Build(Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var matches = tokens.Count == 0 ? [] : FindMatches(analyzer, text, tokens);
        var start = matches.Count == 0 ? 0 : WordStart(text, Math.Max(0, matches[0].Start - 40));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(40, end - start));
            end = space > start ? space : end;
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        var position = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (matchStart < position)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[position..matchStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    private static List<(int Start, int End)> FindMatches(Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // The passage starts shortly before the first match and is at most Length long: later words cannot show.
            if (matches.Count > 0 && offset.StartOffset > matches[0].Item1 + Length)
            {
                break;
            }

            var value = term.ToString();
            if (tokens.Any(t => TextQueryBuilder.Matches(value, t)) && (matches.Count == 0 || matches[^1].Item1 != offset.StartOffset))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return matches;
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
