using Lucene.Net.Index;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>A term of the index near a word: how many edits apart, and in how many documents.</summary>
internal readonly record struct NearTerm(string Term, int Edits, int DocFreq);

/// <summary>
/// The terms of a field within one or two edits of a word (insertions, deletions, substitutions and swaps of two
/// neighbouring letters) that start with the same letters: the same terms Lucene's FuzzyTermsEnum finds. FuzzyTermsEnum
/// builds and determinises Levenshtein automata for every word on every search (several milliseconds for a long word,
/// most of a search's garbage); walking the few terms that share the prefix and computing the distance directly is
/// cheaper at any index size.
/// </summary>
internal static class FuzzyTerms
{
    public static List<NearTerm> Near(IndexReader reader, string field, string word, int maxEdits, int prefixLength)
    {
        var near = new List<NearTerm>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return near;
        }

        prefixLength = Math.Min(prefixLength, word.Length);
        var prefix = new BytesRef(word[..prefixLength]);
        var suffix = word.AsSpan(prefixLength);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return near;
        }

        var chars = new CharsRef(32);
        var rows = new int[3][];
        var more = true;
        for (; more; more = enumerator.MoveNext())
        {
            var bytes = enumerator.Term;
            if (!StringHelper.StartsWith(bytes, prefix))
            {
                break;
            }

            UnicodeUtil.UTF8toUTF16(bytes, chars);
            var candidate = chars.Chars.AsSpan(chars.Offset + prefixLength, chars.Length - prefixLength);
            if (Math.Abs(candidate.Length - suffix.Length) > maxEdits)
            {
                continue;
            }

            var edits = Distance(suffix, candidate, maxEdits, rows);

            // As FuzzyTermsEnum: a term must keep more than it changes (similarity 1 - edits / shorter length above 0).
            if (edits <= maxEdits && (edits == 0 || edits < Math.Min(word.Length, chars.Length)))
            {
                near.Add(new NearTerm(chars.ToString(), edits, enumerator.DocFreq));
            }
        }

        return near;
    }

    /// <summary>The similarity FuzzyQuery scores a term with: 1 for the word itself, less per edit, relative to the shorter word.</summary>
    public static float Similarity(NearTerm term, string word) =>
        term.Edits == 0 ? 1f : 1f - ((float)term.Edits / Math.Min(term.Term.Length, word.Length));

    /// <summary>Optimal string alignment distance (Levenshtein plus swaps of neighbours), or more than max when it exceeds max.</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, int[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is null || rows[r].Length < b.Length + 1)
            {
                rows[r] = new int[b.Length + 1];
            }
        }

        // rows[0]: row i - 2, rows[1]: row i - 1, rows[2]: row i.
        var (beforePrevious, previous, current) = (rows[0], rows[1], rows[2]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
