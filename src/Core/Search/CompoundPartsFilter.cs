using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Emits the dictionary words found inside a word after the word itself, exactly as Lucene's
/// DictionaryCompoundWordTokenFilter with onlyLongestMatch = false (same tokens in the same order), but faster:
/// that filter hashes every substring of every long word (up to 14 look-ups per letter), although almost no position
/// starts a dictionary word. This one first checks the three letters at a position against the dictionary words'
/// beginnings and looks further only where one can start. Compound splitting was two thirds of the analysis time.
/// </summary>
internal sealed class CompoundPartsFilter : CompoundWordTokenFilterBase
{
    private readonly Dictionary _dictionary;

    public CompoundPartsFilter(TokenStream input, Dictionary dictionary)
        : base(GermanSearchAnalyzer.Version, input, dictionary.Words, dictionary.MinWordSize, MinPartLength, dictionary.Longest, onlyLongestMatch: false)
    {
        _dictionary = dictionary;
    }

    /// <summary>The shortest part; shorter dictionary entries would never be found.</summary>
    public const int MinPartLength = 3;

    protected override void Decompose()
    {
        var buffer = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        for (var i = 0; i <= length - MinPartLength; i++)
        {
            if (!_dictionary.Starts.Contains(Key(buffer[i], buffer[i + 1], buffer[i + 2])))
            {
                continue;
            }

            for (var j = MinPartLength; j <= _dictionary.Longest && i + j <= length; j++)
            {
                if (_dictionary.Words.Contains(buffer, i, j))
                {
                    m_tokens.Enqueue(new CompoundToken(this, i, j));
                }
            }
        }
    }

    private static long Key(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;

    /// <summary>The parts, the length of the longest, and the first three letters of each.</summary>
    public sealed class Dictionary
    {
        public Dictionary(CharArraySet words, int minWordSize)
        {
            Words = words;
            MinWordSize = minWordSize;
            foreach (var word in words)
            {
                var text = word?.ToString() ?? string.Empty;
                if (text.Length >= MinPartLength)
                {
                    Starts.Add(Key(text[0], text[1], text[2]));
                }

                Longest = Math.Max(Longest, text.Length);
            }
        }

        public CharArraySet Words { get; }

        /// <summary>Shorter words are not split.</summary>
        public int MinWordSize { get; }

        public int Longest { get; }

        public HashSet<long> Starts { get; } = [];
    }
}
