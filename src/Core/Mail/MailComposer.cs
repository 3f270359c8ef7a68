using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Core.Mail;

public sealed record ComposedMail(string Subject, string TextBody, string HtmlBody);

/// <summary>Where a plugin keeps its mail templates: embedded resources named "{Prefix}.{template}.{culture}.md".</summary>
public sealed record MailTemplateSource(Assembly Assembly, string Prefix);

/// <summary>
/// Mail texts are Markdown templates (Mail/Templates/{name}.{culture}.md, first line "Betreff: …"), rendered to a
/// plain-text and an HTML part. The recipient's language is used where a template exists, German otherwise.
/// Each template is rendered once with neutral markers in place of its {{Name}} placeholders; the values go in
/// afterwards (HTML-encoded in the HTML part), so 10,000 mails cost one Markdown run and values can never add markup.
/// </summary>
public sealed partial class MailComposer(MarkdownRenderer markdown, IEnumerable<MailTemplateSource> sources)
{
    private static readonly MailTemplateSource Own = new(typeof(MailComposer).Assembly, "IntegrationsNetz.Core.Mail.Templates");
    private readonly ConcurrentDictionary<(string Template, string Culture), RenderedTemplate> _cache = new();

    private sealed record RenderedTemplate(string Subject, string Text, string Html, IReadOnlyList<string> Placeholders);

    public ComposedMail Compose(string template, string? culture, IReadOnlyDictionary<string, string> values)
    {
        var key = (template, Load(template, culture) is null ? PortalCulture.SourceKey : culture ?? PortalCulture.SourceKey);
        var rendered = _cache.GetOrAdd(key, k => Render(k.Template, k.Culture));
        string Fill(string text, bool html)
        {
            for (var i = 0; i < rendered.Placeholders.Count; i++)
            {
                var value = values.GetValueOrDefault(rendered.Placeholders[i]) ?? string.Empty;
                text = text.Replace(Marker(i), html ? WebUtility.HtmlEncode(value) : value, StringComparison.Ordinal);
            }

            return text;
        }

        return new ComposedMail(Fill(rendered.Subject, false), Fill(rendered.Text, false), Fill(rendered.Html, true));
    }

    private RenderedTemplate Render(string template, string culture)
    {
        var source = Load(template, culture) ?? throw new InvalidOperationException($"Mail template '{template}' is missing.");
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var placeholders = new List<string>();
        string Mark(Match m)
        {
            var name = m.Groups[1].Value;
            if (!placeholders.Contains(name))
            {
                placeholders.Add(name);
            }

            return Marker(placeholders.IndexOf(name));
        }

        var subject = Placeholder().Replace(lines[0].Split(':', 2)[1].Trim(), Mark);
        var body = Placeholder().Replace(string.Join('\n', lines.Skip(1)).Trim(), Mark);
        var html = $"<!DOCTYPE html><html lang=\"{WebUtility.HtmlEncode(culture)}\"><body style=\"font-family:sans-serif;line-height:1.5\">{markdown.ToHtml(body)}</body></html>";

        // The text part shows each link as "label: address", so it works in mail programs without HTML.
        var text = markdown.ToPlainText(MarkdownLink().Replace(body, "$1: $2"));
        return new RenderedTemplate(subject, text, html, placeholders);
    }

    private static string Marker(int index) => $"mailvalue{index}x";

    private string? Load(string template, string? culture)
    {
        foreach (var source in sources.Prepend(Own))
        {
            using var stream = source.Assembly.GetManifestResourceStream($"{source.Prefix}.{template}.{culture}.md");
            if (stream is not null)
            {
                return new StreamReader(stream).ReadToEnd();
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
