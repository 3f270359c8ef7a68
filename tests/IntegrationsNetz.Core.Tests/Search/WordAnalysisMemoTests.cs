using IntegrationsNetz.Testing;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>
/// The analysis remembers the tokens of each word it has seen; what it gives must be exactly what the filter chain
/// gives word by word: the same terms, compound parts, position increments (stop words leave gaps) and offsets
/// (snippets mark by offset).
/// </summary>
public sealed class WordAnalysisMemoTests
{
    public static TheoryData<GermanStemming, bool> Variants()
    {
        var data = new TheoryData<GermanStemming, bool>();
        foreach (var stemming in Enum.GetValues<GermanStemming>())
        {
            data.Add(stemming, true);
            data.Add(stemming, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_text_of_the_demo_content_gives_the_tokens_of_the_chain_without_memory(GermanStemming stemming, bool indexing)
    {
        var texts = Directory.EnumerateFiles(TestPaths.DemoContent, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        texts.Add("Die Anmeldung für den Deutschkurs: und die und der Kinderbetreuungsangebot, Führerscheinprüfung. Die die die.");
        texts.Add("der die das");
        using var remembering = new GermanSearchAnalyzer(stemming, indexing);
        using var plain = new ChainOnly(remembering);

        // Twice through, so the second round is answered from memory for every word.
        var compared = 0;
        foreach (var text in texts.Concat(texts))
        {
            Assert.Equal(Tokens(plain, text), Tokens(remembering, text));
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} texts");
        Assert.Contains("deutsch +0 0-11", Tokens(remembering, "Deutschkurs"));
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}");
        }

        stream.End();
        tokens.Add($"end +{increment.PositionIncrement} {offset.EndOffset}");
        return tokens;
    }

    /// <summary>The same filters applied to the whole stream, as the analyzer did before it remembered words.</summary>
    private sealed class ChainOnly(GermanSearchAnalyzer analyzer) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, analyzer.PerWord(new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer)));
        }
    }
}
