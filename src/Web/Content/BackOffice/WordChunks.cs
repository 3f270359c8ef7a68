using System.Globalization;
using DiffPlex;

namespace IntegrationsNetz.Web.Content.BackOffice;

/// <summary>
/// Splits a text into words, runs of white space and single punctuation marks. DiffPlex's own word chunker splits at
/// white space only, so "Montag." and "Donnerstag." differ as wholes and an unchanged full stop shows as changed.
/// </summary>
public sealed class WordChunks : IChunker
{
    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || KindOf(text, i) != KindOf(text, start) || KindOf(text, start) == Kind.Mark)
            {
                chunks.Add(text[start..i]);
                start = i;
            }
        }

        return chunks;
    }

    private enum Kind
    {
        Word,
        Space,
        Mark,
    }

    // Letters with their accents and digits make a word ("Straße", "2027", "Ä" written as A and a combining mark).
    private static Kind KindOf(string text, int index) =>
        char.IsWhiteSpace(text[index]) ? Kind.Space
        : char.IsLetterOrDigit(text[index]) || CharUnicodeInfo.GetUnicodeCategory(text[index]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? Kind.Word
        : Kind.Mark;
}
