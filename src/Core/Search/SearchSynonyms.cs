using Lucene.Net.Analysis;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// The field's own vocabulary, applied when a query is built: everyday names, old names and abbreviations of course
/// types, authorities and occupational fields. Kept as a text file in uSync/Search/synonyms.txt so an operator can
/// change it (read at start, changed in the back office through the Web's SearchSynonymsEditor); one entry a line, in the format of Solr's synonym files:
/// <code>
/// # a comment
/// Kita, Kindertagesstätte, Kindergarten        (equivalent: each finds the others)
/// Arbeitsamt, AfA => Agentur für Arbeit         (one way: the words on the left also find the right side)
/// </code>
/// A side with several words finds offers that contain all of them. Keys are single words.
/// </summary>
public sealed class SearchSynonyms
{
    public const string RelativePath = "Search/synonyms.txt";

    // Alternatives of one word: each a list of analysed words that must all match.
    private readonly Dictionary<string, List<IReadOnlyList<string>>> _alternatives = new(StringComparer.Ordinal);

    private SearchSynonyms(string text)
    {
        Text = text;
    }

    public static SearchSynonyms Empty { get; } = new(string.Empty);

    /// <summary>The file as written, for the editor.</summary>
    public string Text { get; }

    public int Count => _alternatives.Count;

    /// <summary>The synonyms of a file; a missing file means none.</summary>
    public static SearchSynonyms Load(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;

    /// <summary>Reads the entries; throws <see cref="FormatException"/> naming the line of an entry it cannot read.</summary>
    public static SearchSynonyms Parse(string text)
    {
        var synonyms = new SearchSynonyms(text);
        using var analyzer = new GermanSearchAnalyzer();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2)
            {
                throw new FormatException($"Zeile {number}: „=>“ darf nur einmal vorkommen.");
            }

            var left = Terms(analyzer, sides[0]);
            var right = sides.Length == 2 ? Terms(analyzer, sides[1]) : left;
            if (left.Count == 0 || right.Count == 0 || (sides.Length == 1 && left.Count < 2))
            {
                throw new FormatException($"Zeile {number}: erwartet „Wort, Wort“ oder „Wort => Wort, Wort“.");
            }

            foreach (var key in left.Where(k => k.Count == 1).Select(k => k[0]))
            {
                var list = synonyms._alternatives.TryGetValue(key, out var known) ? known : synonyms._alternatives[key] = [];
                list.AddRange(right.Where(r => !(r.Count == 1 && r[0] == key) && !list.Any(l => l.SequenceEqual(r))));
            }
        }

        return synonyms;
    }

    /// <summary>What else an analysed word may match; each alternative is one or more words that must all match.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Of(string term) =>
        _alternatives.TryGetValue(term, out var alternatives) ? alternatives : [];

    // Each comma-separated value analysed as the query is (whole words only, not their compound parts).
    private static List<IReadOnlyList<string>> Terms(Analyzer analyzer, string side) =>
        side.Split(',')
            .Select(v => (IReadOnlyList<string>)TextQueryBuilder.Analyze(analyzer, v).Where(t => !t.IsPart).Select(t => t.Term).ToList())
            .Where(v => v.Count > 0)
            .ToList();
}
