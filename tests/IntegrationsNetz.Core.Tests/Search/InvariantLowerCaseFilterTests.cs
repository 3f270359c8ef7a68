using IntegrationsNetz.Core.Search;
using IntegrationsNetz.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The portal's lower-casing replaces Lucene's filter in the index and in queries, so it must give the same terms
/// for every text: otherwise an index built before and a query after would not meet.
/// </summary>
public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Gives_the_terms_of_Lucenes_filter_for_the_demo_content_and_every_script_of_the_portal()
    {
        var texts = Directory.EnumerateFiles(TestPaths.DemoContent, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        texts.Add("ÄRZTLICHE BERATUNG, Übersetzung, GROẞE Straße, İstanbul IŞIK ışık, ΣΟΦΊΑ, КУРС Українська ЇЖАК, دورة اللغة, کلاس فارسی");
        texts.Add("𐐀𐐁 Deseret 𐐨 and 𝐀𝐁 mathematical, ǅ ǈ ǋ titlecase, ＡＢＣ fullwidth");

        var compared = 0;
        foreach (var text in texts)
        {
            Assert.Equal(Terms(new Lowering(lucene: true), text), Terms(new Lowering(lucene: false), text));
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} texts");
        Assert.Equal(["ärztliche", "beratung", "übersetzung"], Terms(new Lowering(lucene: false), "ÄRZTLICHE BERATUNG Übersetzung"));
    }

    [Fact]
    public void Every_letter_outside_the_surrogates_is_lowered_as_the_runtime_lowers_it()
    {
        var all = new char[char.MaxValue + 1 - 0x800];
        var n = 0;
        for (var i = 0; i <= char.MaxValue; i++)
        {
            if (!char.IsSurrogate((char)i))
            {
                all[n++] = (char)i;
            }
        }

        var expected = new char[n];
        all.AsSpan(0, n).ToLowerInvariant(expected);
        InvariantLowerCaseFilter.Lower(all.AsSpan(0, n));
        Assert.Equal(new string(expected), new string(all, 0, n));
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        using (analyzer)
        {
            var terms = new List<string>();
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
            return terms;
        }
    }

    private sealed class Lowering(bool lucene) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
            TokenStream lowered = lucene ? new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer) : new InvariantLowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, lowered);
        }
    }
}
