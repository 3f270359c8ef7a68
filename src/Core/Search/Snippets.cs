using System.Net;
using System.Text;
using Lucene.Net.Analysis;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// A short, HTML-safe passage of the description with the matched words in &lt;mark&gt;. The passage starts shortly
/// before the first matched word and is at most <see cref="Length"/> characters long. The words are found with the same
/// analyzer and the query's own matching rule (<see cref="TextQueryBuilder.Matches(ReadOnlySpan{char}, QueryToken)"/>),
/// so it marks exactly the words the query matched, typos and compound parts included.
/// </summary>
/// <remarks>
/// One pass over the text's tokens (<see cref="AnalysedText"/>, which the search keeps for texts seen lately), stopped
/// at the end of the passage. Lucene.Net.Highlighter did the same work in two passes of the analyzer (one to find the
/// first match, one over the passage) and scored every token through virtual calls; that was about a quarter of the
/// cost of a search API request over the demo directory. Overlapping tokens (a compound and its parts) are grouped as
/// the Highlighter's TokenGroup does: the group is marked from its first to its last matched token.
/// </remarks>
public static class Snippets
{
    public const int Length = 180;

    // How far before the first match the passage starts, so the match is seen in its sentence.
    private const int Lead = 40;

    public static string Build(Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens) =>
        Build(text, tokens, string.IsNullOrEmpty(text) || tokens.Count == 0 ? null : AnalysedText.Of(analyzer, text));

    public static string Build(AnalysedTexts texts, Analyzer analyzer, string text, IReadOnlyList<QueryToken> tokens) =>
        Build(text, tokens, string.IsNullOrEmpty(text) || tokens.Count == 0 ? null : texts.Get(analyzer, text));

    private static string Build(string text, IReadOnlyList<QueryToken> tokens, AnalysedText? analysed)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var marks = new List<(int Start, int End)>();
        var end = analysed is null ? Passage(text, 0, out var start) : FindMarks(analysed, text, tokens, marks, out start);

        var html = new StringBuilder(Length + 64);
        if (start > 0)
        {
            html.Append("… ");
        }

        var written = start;
        foreach (var (markStart, markEnd) in marks)
        {
            if (markStart < written || markEnd > end)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[written..markStart]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</mark>");
            written = markEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[written..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>Collects the marked ranges up to the end of the passage; answers the passage's end (its start in <paramref name="start"/>).</summary>
    private static int FindMarks(AnalysedText analysed, string text, IReadOnlyList<QueryToken> tokens, List<(int Start, int End)> marks, out int start)
    {
        // The passage is known once the first word matched; until then it ends after the whole text.
        var end = int.MaxValue;
        start = 0;
        var groupEnd = -1;
        (int Start, int End) group = (-1, -1);
        for (var i = 0; i < analysed.Count && analysed.StartOffset(i) < end; i++)
        {
            var (tokenStart, tokenEnd) = (analysed.StartOffset(i), analysed.EndOffset(i));
            if (tokenStart >= groupEnd)
            {
                AddMark(marks, group);
                group = (-1, -1);
            }

            groupEnd = Math.Max(groupEnd, tokenEnd);
            if (!Matches(analysed.Term(i), tokens))
            {
                continue;
            }

            group = group.Start < 0 ? (tokenStart, tokenEnd) : (Math.Min(group.Start, tokenStart), Math.Max(group.End, tokenEnd));
            if (end == int.MaxValue)
            {
                end = Passage(text, tokenStart, out start);
            }
        }

        AddMark(marks, group);
        return end == int.MaxValue ? Passage(text, 0, out start) : end;
    }

    private static void AddMark(List<(int Start, int End)> marks, (int Start, int End) group)
    {
        if (group.Start >= 0)
        {
            marks.Add(group);
        }
    }

    private static bool Matches(ReadOnlySpan<char> value, IReadOnlyList<QueryToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TextQueryBuilder.Matches(value, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The passage around the first match (or the beginning): starts at a word, ends at a word.</summary>
    private static int Passage(string text, int firstMatch, out int start)
    {
        start = firstMatch <= 0 ? 0 : WordStart(text, Math.Max(0, firstMatch - Lead));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(Lead, end - start));
            end = space > start ? space : end;
        }

        return end;
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
