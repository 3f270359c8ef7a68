using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// German analysis for the directory, used when indexing and when querying:
/// lower case, German stop words, umlaut and ß folding (Bürgeramt = Buergeramt = Burgeramt), compounds split into
/// known parts (Deutschkurs also yields deutsch and kurs) and light stemming (Kurse = Kurs).
/// </summary>
public sealed class GermanSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

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
    ];

    private static readonly CompoundPartsFilter.Dictionary Dictionary = new(BuildDictionary(), minWordSize: 6);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        stream = new GermanNormalizationFilter(stream);
        stream = new CompoundPartsFilter(stream, Dictionary);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
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

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new GermanNormalizationFilter(new LowerCaseFilter(Version, tokenizer)));
        }
    }
}

/// <summary>Plain words, lower-cased but unfolded and unstemmed: the source of "Meinten Sie …?" suggestions.</summary>
public sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer));
    }
}
