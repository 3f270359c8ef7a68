using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Html;

namespace IntegrationsNetz.Web.Content.BackOffice;

/// <summary>
/// What changed between two versions of a text, word by word: removed words in &lt;del&gt;, added ones in &lt;ins&gt;
/// (DiffPlex does the comparison). Translators see at a glance which sentences of the German text they must follow.
/// </summary>
public static class WordDiff
{
    public static IHtmlContent Html(string before, string after)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after, ignoreWhitespace: false, ignoreCase: false, new WordChunks());
        var html = new StringBuilder();

        // Neighbouring pieces of one kind become one element, so "und Donnerstag" is one insertion, not three.
        var runs = new List<(ChangeType Type, StringBuilder Text)>();
        foreach (var piece in model.Lines)
        {
            var type = piece.Type is ChangeType.Inserted or ChangeType.Deleted ? piece.Type : ChangeType.Unchanged;
            if (runs.Count == 0 || runs[^1].Type != type)
            {
                runs.Add((type, new StringBuilder()));
            }

            runs[^1].Text.Append(piece.Text);
        }

        foreach (var (type, text) in runs)
        {
            var encoded = WebUtility.HtmlEncode(text.ToString());
            html.Append(type switch
            {
                ChangeType.Inserted => $"<ins>{encoded}</ins>",
                ChangeType.Deleted => $"<del>{encoded}</del>",
                _ => encoded,
            });
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Whether anything changed at all (the page then shows the comparison).</summary>
    public static bool Differs(string before, string after) => !string.Equals(before, after, StringComparison.Ordinal);
}
