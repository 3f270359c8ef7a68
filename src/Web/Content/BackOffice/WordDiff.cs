using System.Net;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
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
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after, ignoreWhitespace: false, ignoreCase: false, new WordChunker());
        var html = new StringBuilder();
        foreach (var piece in model.Lines)
        {
            var text = WebUtility.HtmlEncode(piece.Text);
            html.Append(piece.Type switch
            {
                ChangeType.Inserted => $"<ins>{text}</ins>",
                ChangeType.Deleted => $"<del>{text}</del>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Whether anything changed at all (the page then shows the comparison).</summary>
    public static bool Differs(string before, string after) => !string.Equals(before, after, StringComparison.Ordinal);
}
