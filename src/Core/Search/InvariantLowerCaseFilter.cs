using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Lower-cases each token with the invariant culture, as Lucene's <c>LowerCaseFilter</c> does, and gives the same
/// terms. Why not that filter: it calls the culture's case mapping once per character, which made lower-casing an
/// eighth of the CPU of an uncached search (the snippets analyse every hit's passage), and one call for the whole
/// word was no cheaper. Here ASCII is lowered in place, other letters of the Basic Multilingual Plane through a table
/// the runtime's invariant mapping filled once (128 KB), and only words with surrogate pairs take the runtime's call.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private static readonly char[] Table = BuildTable();

    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        Lower(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    public static void Lower(Span<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    word[i] = (char)(c | 0x20);
                }
            }
            else if (char.IsSurrogate(c))
            {
                LowerRest(word[i..]);
                return;
            }
            else
            {
                word[i] = Table[c];
            }
        }
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
        }

        return table;
    }

    /// <summary>The span overload may not write over its source, so the rest of the word goes through a copy.</summary>
    private static void LowerRest(Span<char> rest)
    {
        char[]? rented = null;
        var copy = rest.Length <= 128 ? stackalloc char[rest.Length] : (rented = ArrayPool<char>.Shared.Rent(rest.Length)).AsSpan(0, rest.Length);
        rest.CopyTo(copy);
        copy.ToLowerInvariant(rest);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
