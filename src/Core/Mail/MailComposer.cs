using System.Net;
using System.Reflection;
using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Core.Mail;

public sealed record ComposedMail(string Subject, string TextBody, string HtmlBody);

/// <summary>
/// Mail texts are Markdown templates (Mail/Templates/{name}.{culture}.md, first line "Betreff: …"), rendered to a
/// plain-text and an HTML part. The recipient's language is used where a template exists, German otherwise.
/// Values are inserted for {{Name}} placeholders; they are escaped for Markdown and HTML.
/// </summary>
public sealed partial class MailComposer(MarkdownRenderer markdown)
{
    private static readonly Assembly Assembly = typeof(MailComposer).Assembly;

    public ComposedMail Compose(string template, string? culture, IReadOnlyDictionary<string, string> values)
    {
        var source = Load(template, culture) ?? Load(template, PortalCulture.SourceKey)
            ?? throw new InvalidOperationException($"Mail template '{template}' is missing.");
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var subject = lines[0].Split(':', 2)[1].Trim();
        var body = string.Join('\n', lines.Skip(1)).Trim();
        foreach (var (key, value) in values)
        {
            subject = subject.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
            body = body.Replace("{{" + key + "}}", key.EndsWith("Url", StringComparison.Ordinal) ? value : EscapeMarkdown(value), StringComparison.Ordinal);
        }

        var html = $"<!DOCTYPE html><html lang=\"{WebUtility.HtmlEncode(culture ?? "de")}\"><body style=\"font-family:sans-serif;line-height:1.5\">{markdown.ToHtml(body)}</body></html>";
        // The text part shows each link as "label: address", so it works in mail programs without HTML.
        return new ComposedMail(subject, markdown.ToPlainText(MarkdownLink().Replace(body, "$1: $2")), html);
    }

    private static string? Load(string template, string? culture)
    {
        using var stream = Assembly.GetManifestResourceStream($"IntegrationsNetz.Core.Mail.Templates.{template}.{culture}.md");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    private static string EscapeMarkdown(string value) =>
        string.Concat(value.Select(c => "\\`*_{}[]()#+!<>|".Contains(c) ? "\\" + c : c.ToString()));
}
