using System.Globalization;
using HarfBuzzSharp;
using Icu;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace IntegrationsNetz.Core.Documents;

/// <summary>A typeface at a size, with the shaper for its glyphs and its line metrics.</summary>
internal sealed class TextStyle : IDisposable
{
    public TextStyle(SKTypeface typeface, SKShaper shaper, float size, SKColor color)
    {
        Typeface = typeface;
        Font = Configure(new SKFont(typeface, size));
        Shaper = shaper;
        Color = color;
        Ascent = -Font.Metrics.Ascent;
        LineHeight = Font.Spacing * 1.15f;
    }

    public SKTypeface Typeface { get; }

    public SKFont Font { get; }

    public SKShaper Shaper { get; }

    public SKColor Color { get; }

    /// <summary>From the top of a line to its baseline.</summary>
    public float Ascent { get; }

    public float LineHeight { get; }

    public void Dispose() => Font.Dispose();

    /// <summary>Positions in a PDF are exact, so no hinting or pixel snapping: widths then add up as measured.</summary>
    public static SKFont Configure(SKFont font)
    {
        font.Hinting = SKFontHinting.None;
        font.Subpixel = true;
        font.LinearMetrics = true;
        return font;
    }
}

/// <summary>Glyphs shaped in one direction, in visual order, with positions from the run's left edge.</summary>
internal sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, float Width, TextStyle Style);

/// <summary>A run placed on a line, <paramref name="X"/> from the line's left edge.</summary>
internal readonly record struct PlacedRun(ShapedRun Run, float X);

/// <summary>One laid-out line: its runs left to right and its width.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedRun> Runs, float Width);

/// <summary>
/// Breaks text into lines that fit a width: ICU finds where a line may break (UAX #14) and the embedding level of
/// every character (the Unicode bidirectional algorithm, UAX #9), HarfBuzz shapes each piece of one level in its
/// direction (Arabic letters joined, Latin kerned), and each line's pieces are put in visual order (rule L2).
/// One instance per document: the ICU break iterator keeps state.
/// </summary>
internal sealed class TextLayouter : IDisposable
{
    private static readonly Lazy<bool> IcuReady = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    private readonly BreakIterator _breaks;
    private readonly Language _language;

    public TextLayouter(string language)
    {
        _ = IcuReady.Value;
        _breaks = BreakIterator.CreateLineInstance(new Locale(language));
        _language = new Language(language);
    }

    public void Dispose()
    {
        _breaks.Dispose();
        _language.Dispose();
    }

    /// <summary>The lines of <paramref name="text"/> at most <paramref name="width"/> wide; a line feed forces a
    /// break, an empty text is one empty line.</summary>
    public List<TextLine> Layout(string text, TextStyle style, float width, TextDirection direction)
    {
        var lines = new List<TextLine>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            // A tab or another control character from a form has no glyph: it stands as a space.
            var printable = paragraph.Any(char.IsControl) ? new string([.. paragraph.Select(c => char.IsControl(c) ? ' ' : c)]) : paragraph;
            LayoutParagraph(printable, style, width, direction, lines);
        }

        return lines;
    }

    private void LayoutParagraph(string text, TextStyle style, float width, TextDirection direction, List<TextLine> lines)
    {
        if (text.Length == 0)
        {
            lines.Add(new TextLine([], 0));
            return;
        }

        var levels = Levels(text, direction);
        var line = new List<Piece>();
        var lineWidth = 0f;
        List<Piece> pendingSpaces = [];
        var pendingSpaceWidth = 0f;
        foreach (var (start, end) in Segments(text))
        {
            var contentEnd = end;
            while (contentEnd > start && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            var content = Pieces(text, start, contentEnd, levels, style);
            var contentWidth = content.Sum(p => p.Run.Width);
            if (line.Count > 0 && lineWidth + pendingSpaceWidth + contentWidth > width)
            {
                lines.Add(Place(line));
                line = [];
                lineWidth = 0;
            }
            else
            {
                line.AddRange(pendingSpaces);
                lineWidth += pendingSpaceWidth;
            }

            if (line.Count == 0 && contentWidth > width)
            {
                // A word longer than the line (a long address or compound): cut it between characters.
                foreach (var chunk in Chunks(text, start, contentEnd, levels, style, width))
                {
                    if (line.Count > 0)
                    {
                        lines.Add(Place(line));
                    }

                    line = chunk;
                }

                contentWidth = line.Sum(p => p.Run.Width);
                content = [];
            }

            line.AddRange(content);
            lineWidth += contentWidth;
            pendingSpaces = Pieces(text, contentEnd, end, levels, style);
            pendingSpaceWidth = pendingSpaces.Sum(p => p.Run.Width);
        }

        // Spaces at the end of a line are not drawn (they would push a right-aligned line off its edge).
        lines.Add(Place(line));
    }

    private static byte[] Levels(string text, TextDirection direction)
    {
        using var bidi = new BiDi();
        bidi.SetPara(text, direction == TextDirection.RightToLeft ? (byte)1 : (byte)0, null);
        return [.. bidi.GetLevels()];
    }

    private IEnumerable<(int Start, int End)> Segments(string text)
    {
        _breaks.SetText(text);
        var previous = _breaks.MoveFirst();
        for (var next = _breaks.MoveNext(); next != BreakIterator.DONE; next = _breaks.MoveNext())
        {
            yield return (previous, next);
            previous = next;
        }
    }

    /// <summary>The range cut into pieces of one embedding level each, shaped.</summary>
    private List<Piece> Pieces(string text, int start, int end, byte[] levels, TextStyle style)
    {
        var pieces = new List<Piece>();
        for (var from = start; from < end;)
        {
            var to = from + 1;
            while (to < end && levels[to] == levels[from])
            {
                to++;
            }

            pieces.Add(new Piece(Shape(text, from, to - from, levels[from], style), levels[from]));
            from = to;
        }

        return pieces;
    }

    /// <summary>Consecutive pieces of the range, each as wide as fits (at least one character).</summary>
    private IEnumerable<List<Piece>> Chunks(string text, int start, int end, byte[] levels, TextStyle style, float width)
    {
        var from = start;
        while (from < end)
        {
            var to = NextTextElement(text, from, end);
            var chunk = Pieces(text, from, to, levels, style);
            while (to < end)
            {
                var longer = NextTextElement(text, to, end);
                var candidate = Pieces(text, from, longer, levels, style);
                if (candidate.Sum(p => p.Run.Width) > width)
                {
                    break;
                }

                (to, chunk) = (longer, candidate);
            }

            yield return chunk;
            from = to;
        }
    }

    private static int NextTextElement(string text, int index, int end) =>
        Math.Min(end, index + StringInfo.GetNextTextElementLength(text, index));

    private ShapedRun Shape(string text, int start, int length, byte level, TextStyle style)
    {
        using var buffer = new HbBuffer();
        // The whole paragraph is the context, so a letter at a piece's edge still joins as it does in the word.
        buffer.AddUtf16(text, start, length);
        buffer.Direction = level % 2 == 1 ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Language = _language;
        // A zero-width non-joiner (Farsi) would otherwise become a space glyph and read back as a space.
        buffer.Flags = BufferFlags.RemoveDefaultIgnorables;
        buffer.GuessSegmentProperties();
        var result = style.Shaper.Shape(buffer, 0, 0, style.Font);
        return new ShapedRun([.. result.Codepoints.Select(g => (ushort)g)], result.Points, result.Width, style);
    }

    /// <summary>The line's pieces in visual order (UAX #9 rule L2: from the highest level down to the lowest odd
    /// level, reverse every run of pieces at that level or higher), placed left to right.</summary>
    private static TextLine Place(List<Piece> logical)
    {
        var pieces = logical.ToArray();
        if (pieces.Length > 0)
        {
            var highest = pieces.Max(p => p.Level);
            var lowestOdd = pieces.Min(p => p.Level) | 1;
            for (var level = highest; level >= lowestOdd; level--)
            {
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (pieces[i].Level < level)
                    {
                        continue;
                    }

                    var j = i;
                    while (j + 1 < pieces.Length && pieces[j + 1].Level >= level)
                    {
                        j++;
                    }

                    Array.Reverse(pieces, i, j - i + 1);
                    i = j;
                }
            }
        }

        var runs = new List<PlacedRun>(pieces.Length);
        var x = 0f;
        foreach (var piece in pieces)
        {
            runs.Add(new PlacedRun(piece.Run, x));
            x += piece.Run.Width;
        }

        return new TextLine(runs, x);
    }

    private readonly record struct Piece(ShapedRun Run, byte Level);
}
