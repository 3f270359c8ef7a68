using Ganss.Xss;
using Markdig;

namespace IntegrationsNetz.Core.Content;

/// <summary>
/// Renders editor Markdown to HTML and sanitises the result, so that script in a page body is neutralised
/// whatever the editor typed (raw HTML included).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown ?? string.Empty, _pipeline));

    /// <summary>Plain text for descriptions and search snippets.</summary>
    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? string.Empty, _pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "https", "http", "mailto", "tel" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
