using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Emits the dictionary words found inside a word after the word itself, as Lucene's DictionaryCompoundWordTokenFilter
/// with onlyLongestMatch = false does, but faster: that filter hashes every substring of every long word (up to 14
/// look-ups per letter), although almost no position starts a dictionary word. This one first checks the three letters
/// at a position against the dictionary words' beginnings and looks further only where one can start. Compound
/// splitting was two thirds of the analysis time.
/// Beyond the dictionary words it also emits what is left of a word once a dictionary word is cut off its end or its
/// start: "Führerscheinprüfung" yields "führerschein" (before "prüfung"), "Kinderbetreuungsangebot" yields
/// "kinderbetreuungs" (the stemmer drops the linking s), "Deutschunterricht" yields "unterricht". So a word a person
/// types is found inside a longer compound of a description although the dictionary does not know it.
/// </summary>
internal sealed class CompoundPartsFilter : CompoundWordTokenFilterBase
{
    private readonly Dictionary _dictionary;
    private readonly bool _rests;

    /// <param name="rests">
    /// Whether to emit the rests as well: when indexing, so a typed word finds the compound; not for a query, where a
    /// compound's parts must all be found in titles or tags, and a rest such as "npraktikum" of "Küchenpraktikum"
    /// (the dictionary knows "küche") would be one that never is.
    /// </param>
    public CompoundPartsFilter(TokenStream input, Dictionary dictionary, bool rests)
        : base(GermanSearchAnalyzer.Version, input, dictionary.Words, dictionary.MinWordSize, MinPartLength, dictionary.Longest, onlyLongestMatch: false)
    {
        _dictionary = dictionary;
        _rests = rests;
    }

    /// <summary>The shortest part; shorter dictionary entries would never be found.</summary>
    public const int MinPartLength = 3;

    /// <summary>The shortest rest of a word worth a token of its own ("ges" of "gesamt" is not).</summary>
    public const int MinRestLength = 4;

    protected override void Decompose()
    {
        var buffer = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        var longestPrefix = 0;
        var suffixStart = length;
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
                    if (i == 0)
                    {
                        longestPrefix = j;
                    }

                    if (i + j == length)
                    {
                        suffixStart = Math.Min(suffixStart, i);
                    }
                }
            }
        }

        if (!_rests)
        {
            return;
        }

        // German compounds put the word that says what it is last: what stands before it is a word of its own.
        if (suffixStart >= MinRestLength && suffixStart < length && !_dictionary.Words.Contains(buffer, 0, suffixStart))
        {
            m_tokens.Enqueue(new CompoundToken(this, 0, suffixStart));
        }

        if (longestPrefix > 0 && length - longestPrefix >= MinRestLength && !_dictionary.Words.Contains(buffer, longestPrefix, length - longestPrefix))
        {
            m_tokens.Enqueue(new CompoundToken(this, longestPrefix, length - longestPrefix));
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
