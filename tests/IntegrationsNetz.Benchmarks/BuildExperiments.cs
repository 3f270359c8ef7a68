using System.Diagnostics;
using System.Globalization;
using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Offers;
using IntegrationsNetz.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IntegrationsNetz.Benchmarks;

/// <summary>
/// --build-experiments: where the index build time goes, and what the proposed changes to the build would save.
/// Every variant writes a fresh index on disk with an IndexWriter configured like SearchIndex (same analyzers, 64 MB
/// RAM buffer) from the same pre-generated offers, so only the variant differs.
/// </summary>
public static class BuildExperiments
{
    public static void Run(SyntheticOffers generator, int size)
    {
        Console.WriteLine();
        Console.WriteLine($"### Build experiments at {size:N0} offers (offers generated beforehand, not timed)");
        Console.WriteLine();
        var offers = generator.Generate(size).ToList();
        var documents = new OfferDocument(new MarkdownRenderer());

        // Warm up JIT and the analyzers on a small index, so the first variant is not penalised.
        Build(offers.Take(2000).ToList(), documents, threads: 1, openingHoursAsOneField: false, analyzer: null, out _);

        var variants = new (string Name, Func<double> Run)[]
        {
            ("documents only (OfferDocument.Build, no index)", () => Time(() =>
            {
                foreach (var offer in offers)
                {
                    documents.Build(offer);
                }
            })),
            ("analysis only (GermanSearchAnalyzer over title, tags, description)", () => AnalysisOnly(offers, documents, new GermanSearchAnalyzer())),
            ("analysis only, compound splitting tuned (same tokens)", () => AnalysisOnly(offers, documents, new TunedCompoundAnalyzer())),
            ("analysis only, without the compound splitting", () => AnalysisOnly(offers, documents, new NoCompoundAnalyzer())),
            ("as SearchIndex.ReplaceAll: 1 thread", () => Build(offers, documents, 1, false, null, out _)),
            ("1 thread, opening hours as one field", () => Build(offers, documents, 1, true, null, out _)),
            ("1 thread, compound splitting tuned (same tokens)", () => Build(offers, documents, 1, false, new TunedCompoundAnalyzer(), out _)),
            ($"{Environment.ProcessorCount} threads", () => Build(offers, documents, Environment.ProcessorCount, false, null, out _)),
            ($"{Environment.ProcessorCount} threads, compound splitting tuned", () => Build(offers, documents, Environment.ProcessorCount, false, new TunedCompoundAnalyzer(), out _)),
            ($"{Environment.ProcessorCount} threads, tuned, no positions in description/tags/spell", () => Build(offers, documents, Environment.ProcessorCount, false, new TunedCompoundAnalyzer(), out _, noPositions: true)),
            ($"{Environment.ProcessorCount} threads, tuned, no positions, opening hours as one field, 256 MB RAM buffer", () => Build(offers, documents, Environment.ProcessorCount, true, new TunedCompoundAnalyzer(), out _, noPositions: true, ramBufferMb: 256)),
            ("1 thread, without the compound splitting (changes search!)", () => Build(offers, documents, 1, false, new NoCompoundAnalyzer(), out _)),
        };

        Console.WriteLine($"Tuned compound splitting gives the same tokens as GermanSearchAnalyzer for all texts: {SameTokens(offers.Take(5000))}");
        Console.WriteLine();
        Console.WriteLine("| variant | seconds | load average after |");
        Console.WriteLine("|---------|--------:|--------------------|");
        foreach (var (name, run) in variants)
        {
            GC.Collect();
            var seconds = run();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {seconds:F2} | {SearchBenchmark.LoadAverage()} |"));
        }

        // The single opening-hours field must find exactly what the many StringFields find.
        Build(offers, documents, 1, false, null, out var a, keep: true);
        Build(offers, documents, 1, true, null, out var b, keep: true);
        using (var ra = DirectoryReader.Open(a))
        using (var rb = DirectoryReader.Open(b))
        {
            var same = new[] { "1-0800", "2-1000", "4-1430", "5-1145", "6-1000" }
                .All(q => ra.DocFreq(new Term(SearchFields.OpenQuarter, q)) == rb.DocFreq(new Term(SearchFields.OpenQuarter, q)));
            Console.WriteLine();
            Console.WriteLine($"Opening hours as one field: same documents for the tested quarters: {same}");
        }

        foreach (var directory in new[] { a, b })
        {
            var folder = ((FSDirectory)directory).Directory.FullName;
            directory.Dispose();
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly FieldType FrequenciesType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    private static readonly FieldType SpellingType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };

    private static double Time(Action action)
    {
        var t0 = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(t0).TotalSeconds;
    }

    private static double AnalysisOnly(List<Offer> offers, OfferDocument documents, Analyzer analyzer)
    {
        var markdown = new MarkdownRenderer();
        _ = documents;
        return Time(() =>
        {
            foreach (var offer in offers)
            {
                foreach (var text in offer.Texts)
                {
                    Consume(analyzer, SearchFields.Title, text.Title);
                    Consume(analyzer, SearchFields.Description, markdown.ToPlainText(text.Description));
                }

                foreach (var tag in offer.Tags)
                {
                    Consume(analyzer, SearchFields.Tags, tag);
                }
            }
        });
    }

    private static void Consume(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }

    private static double Build(
        List<Offer> offers, OfferDocument documents, int threads, bool openingHoursAsOneField, Analyzer? analyzer, out LuceneDirectory directory,
        bool keep = false, bool noPositions = false, double ramBufferMb = 64)
    {
        var path = Path.Combine(Path.GetTempPath(), "inetz-bench", $"experiment-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        var perField = new Dictionary<string, Analyzer> { [SearchFields.Spelling] = new SpellingAnalyzer() };
        if (openingHoursAsOneField)
        {
            perField[SearchFields.OpenQuarter] = new WhitespaceAnalyzer(GermanSearchAnalyzer.Version);
        }

        var config = new IndexWriterConfig(GermanSearchAnalyzer.Version, new PerFieldAnalyzerWrapper(analyzer ?? new GermanSearchAnalyzer(), perField))
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = ramBufferMb,
        };
        var t0 = Stopwatch.GetTimestamp();
        using (var writer = new IndexWriter(directory, config))
        {
            void Add(Offer offer)
            {
                var document = documents.Build(offer);
                if (openingHoursAsOneField)
                {
                    var quarters = document.GetValues(SearchFields.OpenQuarter);
                    if (quarters.Length > 0)
                    {
                        document.RemoveFields(SearchFields.OpenQuarter);
                        document.Add(new TextField(SearchFields.OpenQuarter, string.Join(' ', quarters), Field.Store.NO));
                    }
                }

                if (noPositions)
                {
                    // Only the title takes phrase queries; the other analysed fields need documents and frequencies.
                    foreach (var field in new[] { SearchFields.Description, SearchFields.Tags, SearchFields.Spelling })
                    {
                        var values = document.GetValues(field);
                        document.RemoveFields(field);
                        foreach (var value in values)
                        {
                            document.Add(new Field(field, value, field == SearchFields.Spelling ? SpellingType : FrequenciesType));
                        }
                    }
                }

                writer.AddDocument(document);
            }

            if (threads == 1)
            {
                offers.ForEach(Add);
            }
            else
            {
                Parallel.ForEach(offers, new ParallelOptions { MaxDegreeOfParallelism = threads }, Add);
            }

            writer.Commit();
        }

        var seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        if (!keep)
        {
            directory.Dispose();
            System.IO.Directory.Delete(path, recursive: true);
        }

        return seconds;
    }

    private static bool SameTokens(IEnumerable<Offer> offers)
    {
        var markdown = new MarkdownRenderer();
        using var original = new GermanSearchAnalyzer();
        using var tuned = new TunedCompoundAnalyzer();
        return offers.SelectMany(o => o.Texts.SelectMany(t => new[] { t.Title, markdown.ToPlainText(t.Description) }).Concat(o.Tags))
            .All(text => Tokens(original, text).SequenceEqual(Tokens(tuned, text)));
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Description, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}/{increment.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset}");
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// GermanSearchAnalyzer with two settings of its compound filter changed that cannot change a token: the dictionary
    /// is case-sensitive (the text is lower-cased before the filter, so ignoreCase only costs a ToLower per character
    /// of every look-up), and maxSubwordSize is the longest dictionary entry instead of 20.
    /// </summary>
    private sealed class TunedCompoundAnalyzer : Analyzer
    {
        private static readonly CharArraySet Dictionary = Build();
        private static readonly int Longest = Dictionary.Select(e => e.Length).Max();

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
            TokenStream stream = new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer);
            stream = new StopFilter(GermanSearchAnalyzer.Version, stream, GermanAnalyzer.DefaultStopSet);
            stream = new GermanNormalizationFilter(stream);
            stream = new Lucene.Net.Analysis.Compound.DictionaryCompoundWordTokenFilter(GermanSearchAnalyzer.Version, stream, Dictionary, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: Longest, onlyLongestMatch: false);
            stream = new GermanLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        private static CharArraySet Build()
        {
            // The same parts as GermanSearchAnalyzer, folded the same way.
            var parts = (string[])typeof(GermanSearchAnalyzer).GetField("CompoundParts", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            var set = new CharArraySet(GermanSearchAnalyzer.Version, parts.Length, ignoreCase: false);
            using var fold = new FoldingAnalyzer();
            foreach (var part in parts)
            {
                using var stream = fold.GetTokenStream("f", part);
                var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    set.Add(term.ToString());
                }

                stream.End();
            }

            return set;
        }
    }

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new GermanNormalizationFilter(new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer)));
        }
    }

    /// <summary>GermanSearchAnalyzer without the DictionaryCompoundWordTokenFilter: only to measure what that filter costs.</summary>
    private sealed class NoCompoundAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
            TokenStream stream = new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer);
            stream = new StopFilter(GermanSearchAnalyzer.Version, stream, GermanAnalyzer.DefaultStopSet);
            stream = new GermanNormalizationFilter(stream);
            stream = new GermanLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
