using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>How words are brought to their stem (compared with the relevance set, see docs/performance.md).</summary>
public enum GermanStemming
{
    /// <summary>Lucene's GermanLightStemFilter: inflection only (Kurse = Kurs), nouns and verbs stay apart.</summary>
    Light,

    /// <summary>The light stemmer plus a small dictionary of derived forms (Anmeldung = anmelden, Praktika = Praktikum).</summary>
    LightWithDerivations,

    /// <summary>The Snowball German2 stemmer: also strips derivational endings (Beratung = beraten = berat).</summary>
    Snowball,
}

/// <summary>
/// German analysis for the directory, used when indexing and when querying:
/// lower case, German stop words, umlaut and ß folding (Bürgeramt = Buergeramt = Burgeramt), compounds split into
/// known parts (Deutschkurs also yields deutsch and kurs, Führerscheinprüfung also führerschein) and stemming
/// (Kurse = Kurs, Beratung = beraten).
/// </summary>
/// <param name="indexing">True for the index: compounds also yield their rests (see <see cref="CompoundPartsFilter"/>).</param>
public sealed class GermanSearchAnalyzer(GermanStemming stemming, bool indexing = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The analysis of queries, with the portal's stemming.</summary>
    public GermanSearchAnalyzer()
        : this(DefaultStemming)
    {
    }

    /// <summary>The analysis of the index, with the portal's stemming.</summary>
    public static GermanSearchAnalyzer ForIndex() => new(DefaultStemming, indexing: true);

    /// <summary>The stemming of the portal; the benchmark sets another one to compare them (before any index is opened).</summary>
    public static GermanStemming DefaultStemming { get; set; } = GermanStemming.LightWithDerivations;

    public GermanStemming Stemming => stemming;

    // Parts of the compounds people type in this field; the list is short on purpose, each part a real word.
    private static readonly string[] CompoundParts =
    [
        "deutsch", "sprach", "sprache", "kurs", "integration", "integrations", "alphabetisierung", "beruf", "berufs",
        "kinder", "kind", "betreuung", "frauen", "eltern", "jugend", "amt", "bürger", "ausländer", "behörde", "sozial",
        "gesundheit", "schul", "schule", "jugendamt", "arbeit", "agentur", "job", "center", "beratung", "migration",
        "migrations", "café", "cafe", "treff", "hilfe", "hausaufgaben", "haus", "aufgaben", "praktikum", "orientierung",
        "einstieg", "qualifizierung", "ausbildung", "pflege", "handwerk", "küche", "lager", "verkauf", "büro", "garten",
        "fahr", "dienst", "begleitung", "paten", "patenschaft", "wohnung", "wohnen", "suche", "asyl", "arbeits",
        "kreis", "standes", "wohngeld", "stelle", "ehrenamt", "ehrenamts", "intensiv", "zweitschrift", "lerner",

        // Heads and modifiers of the compounds in descriptions: with them the rest of a compound becomes a word too
        // (Führerschein|prüfung, Paket|zentrum, Fahrrad|werkstatt).
        "abend", "vormittag", "nachmittag", "online", "angebot", "prüfung", "schein", "zentrum", "werkstatt",
        "reparatur", "fahrrad", "gruppe", "programm", "klasse", "unterricht", "familien", "familie", "senioren",
        "projekt", "termin", "bewerbung", "anmeldung", "urkunde", "pflegehilfe", "mechatronik", "landschaftsbau",
        "bescheinigung", "vorbereitung", "kita", "frauen", "mütter", "kurse", "sprechstunde", "zeit", "markt",
    ];

    // Derived forms the light stemmer leaves apart, each with the word it belongs with; both go through the light
    // stemmer when the map is built, so plurals (Anmeldungen) and inflected verbs (meldet ... an) meet as well.
    private static readonly (string Form, string Base)[] Derivations =
    [
        ("Anmeldung", "anmelden"), ("Abmeldung", "abmelden"), ("Ummeldung", "ummelden"), ("Meldung", "melden"),
        ("Übersetzung", "übersetzen"), ("Übersetzerin", "übersetzen"), ("Beratung", "beraten"), ("Berater", "beraten"),
        ("Beraterin", "beraten"), ("Betreuung", "betreuen"), ("Bewerbung", "bewerben"), ("Begleitung", "begleiten"),
        ("Prüfung", "prüfen"), ("Anerkennung", "anerkennen"), ("Impfung", "impfen"), ("Vermittlung", "vermitteln"),
        ("Ausbildung", "ausbilden"), ("Einbürgerung", "einbürgern"), ("Verlängerung", "verlängern"),
        ("Unterstützung", "unterstützen"), ("Erziehung", "erziehen"), ("Praktika", "Praktikum"),
        ("Dolmetscherin", "dolmetschen"), ("Dolmetscher", "dolmetschen"), ("Dolmetschende", "dolmetschen"),
        ("Lernende", "lernen"), ("Übersetzer", "übersetzen"), ("Pflegerin", "pflegen"),
    ];

    private static readonly StemmerOverrideFilter.StemmerOverrideMap DerivationMap = BuildDerivations();

    private static readonly CompoundPartsFilter.Dictionary Dictionary = new(BuildDictionary(), minWordSize: 6);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        var words = new InvariantLowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, new WordAnalysisMemo(words, PerWord));
    }

    /// <summary>The filters that look at one word at a time (run once per distinct word, see <see cref="WordAnalysisMemo"/>).</summary>
    public TokenStream PerWord(TokenStream words)
    {
        TokenStream stream = new StopFilter(Version, words, GermanAnalyzer.DefaultStopSet);
        stream = Fold(stream);
        stream = new CompoundPartsFilter(stream, Dictionary, rests: indexing);
        return stemming switch
        {
            GermanStemming.Snowball => new SnowballFilter(stream, new German2Stemmer()),
            GermanStemming.LightWithDerivations => new StemmerOverrideFilter(new GermanLightStemFilter(stream), DerivationMap),
            _ => new GermanLightStemFilter(stream),
        };
    }

    /// <summary>German umlauts and ß first (ä = ae = a), then the accents of other languages (Café = Cafe).</summary>
    private static TokenStream Fold(TokenStream stream) => new ASCIIFoldingFilter(new GermanNormalizationFilter(stream));

    /// <summary>Light stem of the derived form → light stem of its base word (the filter runs after the light stemmer).</summary>
    private static StemmerOverrideFilter.StemmerOverrideMap BuildDerivations()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        using var analyzer = new FoldingAnalyzer(stem: true);
        foreach (var (form, word) in Derivations)
        {
            builder.Add(analyzer.Single(form), analyzer.Single(word));
        }

        return builder.Build();
    }

    /// <summary>The dictionary goes through the same folding as the text, so "bürger" also matches "buerger".</summary>
    private static CharArraySet BuildDictionary()
    {
        // Case-sensitive on purpose: the text is lower-cased before it gets here, and the look-up is cheaper.
        var set = new CharArraySet(Version, CompoundParts.Length, ignoreCase: false);
        using var analyzer = new FoldingAnalyzer();
        foreach (var part in CompoundParts)
        {
            using var stream = analyzer.GetTokenStream("f", part);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                set.Add(term.ToString());
            }

            stream.End();
        }

        return set;
    }

    /// <summary>A whole value lower-cased and folded (and light-stemmed if asked), as one token.</summary>
    private sealed class FoldingAnalyzer(bool stem = false) : Analyzer
    {
        public string Single(string value)
        {
            using var stream = GetTokenStream("f", value);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var text = stream.IncrementToken() ? term.ToString() : value;
            stream.End();
            return text;
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            var folded = Fold(new InvariantLowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stem ? new GermanLightStemFilter(folded) : folded);
        }
    }
}

/// <summary>Plain words, lower-cased but unfolded and unstemmed: the source of "Meinten Sie …?" suggestions.</summary>
public sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new InvariantLowerCaseFilter(tokenizer));
    }
}
