using System.Text.RegularExpressions;
using System.Xml.Linq;
using IntegrationsNetz.Testing;
using Microsoft.Playwright;

namespace IntegrationsNetz.Browser.Tests.Journeys;

/// <summary>
/// Finds German interface text where a reader of another language should meet none: every German value of the
/// portal's resource files (src/**/Resources/*.resx), split at its placeholders, that the reader's resource file does
/// not say the same way (names such as "IntegrationsNetz" are alike in every language). Text inside an element marked
/// lang="de" is German on purpose (an offer only written in German, the certificate for German offices) and is left out.
/// </summary>
public sealed partial class GermanText
{
    private static readonly string Resources = Path.Combine(TestPaths.RepositoryRoot, "src");

    // What a reader meets on a page: the visible text nodes, the names screen readers read out and the options of
    // visible lists, each with the language of the element it stands in. Not the document title: it cannot mark a
    // request's German title as German, and its interface part is the page's heading, which is checked.
    private const string ReadableText = """
        () => {
            const out = [];
            const german = el => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('de');
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const el = node.parentElement;
                const text = node.textContent.trim();
                if (!text || !el || el.closest('script,style,template') || german(el)) continue;
                const shown = el.closest('option') ? el.closest('select').checkVisibility() : el.checkVisibility();
                if (shown) out.push(text);
            }
            for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],input[type=button]')) {
                if (german(el)) continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                    if (el.hasAttribute(name)) out.push(el.getAttribute(name));
                }
                if (el.matches('input[type=submit],input[type=button]')) out.push(el.value);
            }
            return out;
        }
        """;

    private readonly IReadOnlyList<(string Key, string Fragment, Regex Pattern)> _fragments;

    private GermanText(IReadOnlyList<(string, string, Regex)> fragments) => _fragments = fragments;

    public static GermanText For(string culture)
    {
        var fragments = new List<(string, string, Regex)>();
        foreach (var german in Directory.EnumerateFiles(Resources, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !CultureSuffix().IsMatch(f)))
        {
            var translated = Path.ChangeExtension(german, $".{culture}.resx");
            var theirs = File.Exists(translated) ? Values(translated) : [];
            foreach (var (key, value) in Values(german))
            {
                if (theirs.TryGetValue(key, out var translation) && translation == value)
                {
                    continue;
                }

                // "{0} Stunden" is found by "Stunden"; short pieces ("am", "von") would also match other languages' words.
                foreach (var fragment in Placeholder().Split(value).Select(f => f.Trim(' ', ':', ',', '.', '(', ')', '–', '-', '/', '·', '"', '„', '“')))
                {
                    if (fragment.Count(char.IsLetter) >= 4 && fragment.Any(char.IsLower) && (!theirs.TryGetValue(key, out var t) || !t.Contains(fragment, StringComparison.Ordinal)))
                    {
                        fragments.Add((key, fragment, new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(fragment)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant)));
                    }
                }
            }
        }

        return new GermanText(fragments);
    }

    /// <summary>German interface texts found in the text, as "Key: fragment".</summary>
    public IReadOnlyList<string> In(string text) =>
        _fragments.Where(f => text.Contains(f.Fragment, StringComparison.Ordinal) && f.Pattern.IsMatch(text)).Select(f => $"{f.Key}: \"{f.Fragment}\"").Distinct().ToList();

    /// <summary>The page shows no German interface text outside elements marked lang="de".</summary>
    public async Task AssertNoneOnAsync(IPage page)
    {
        var text = string.Join("\n", await page.EvaluateAsync<string[]>(ReadableText));

        // The text read is the page's: its heading is in it (a check that read nothing would find nothing).
        var heading = page.Locator("main h1:not([lang='de'])");
        if (await heading.CountAsync() == 1)
        {
            Assert.Contains((await heading.InnerTextAsync()).Trim(), text, StringComparison.Ordinal);
        }

        var found = In(text);
        Assert.True(found.Count == 0, $"{page.Url} shows German text: {string.Join("; ", found)}");
    }

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.[a-z]{2}\.resx$")]
    private static partial Regex CultureSuffix();
}
