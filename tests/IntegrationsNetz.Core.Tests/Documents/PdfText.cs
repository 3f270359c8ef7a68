using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IntegrationsNetz.Core.Tests.Documents;

/// <summary>
/// Reads a written PDF back as a person sees it: pages of lines, top to bottom, each line's letters left to right.
/// PdfPig gives letters in the order they were drawn and the code points the font's ToUnicode map names; for shaped
/// Arabic these are the presentation forms (U+FExx), so Arabic is compared after NFKC normalisation.
/// </summary>
internal static class PdfText
{
    public static List<List<PdfLine>> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(Lines)];
    }

    public static List<PdfLine> Lines(Page page) =>
        [.. page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => new PdfLine(g.Key, [.. g.OrderBy(l => l.StartBaseLine.X)]))];

    /// <summary>Every line of every page as read left to right, Arabic letters normalised.</summary>
    public static List<string> AllLines(byte[] pdf) => [.. Read(pdf).SelectMany(p => p).Select(l => l.LeftToRight)];
}

internal sealed record PdfLine(double Baseline, IReadOnlyList<Letter> Letters)
{
    /// <summary>The letters from left to right (the reading order of German).</summary>
    public string LeftToRight => Normalise(string.Concat(Tokens()));

    /// <summary>The letters from right to left (the reading order of Arabic and Farsi).</summary>
    public string RightToLeft => Normalise(string.Concat(Tokens().AsEnumerable().Reverse()));

    /// <summary>The letters of the line that lie between two x positions.</summary>
    public PdfLine Between(double left, double right) =>
        new(Baseline, [.. Letters.Where(l => l.StartBaseLine.X >= left && l.StartBaseLine.X < right)]);

    public double Left => Letters.Min(l => l.BoundingBox.Left);

    public double Right => Letters.Max(l => l.BoundingBox.Right);

    public static string Normalise(string text) => text.Normalize(NormalizationForm.FormKC);

    /// <summary>Whether a letter is Arabic script (the Arabic block or its presentation forms).</summary>
    public static bool IsArabic(Letter letter) => letter.Value[0] is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFEFF';

    /// <summary>The letters from the first to the last Arabic one, and what stands before and after them.</summary>
    public (PdfLine Before, PdfLine Arabic, PdfLine After) SplitAtArabic()
    {
        var letters = Letters.ToList();
        var first = letters.FindIndex(IsArabic);
        var last = letters.FindLastIndex(IsArabic);
        return (new(Baseline, letters[..first]), new(Baseline, letters[first..(last + 1)]), new(Baseline, letters[(last + 1)..]));
    }

    /// <summary>The letters' values in visual order, with a space where a gap wider than half an em separates two
    /// letters without a drawn space (table cells, the two halves of the footer).</summary>
    private List<string> Tokens()
    {
        var tokens = new List<string>();
        for (var i = 0; i < Letters.Count; i++)
        {
            if (i > 0 && Letters[i].Value != " " && Letters[i - 1].Value != " "
                && Letters[i].StartBaseLine.X - Letters[i - 1].EndBaseLine.X > Letters[i].PointSize / 2)
            {
                tokens.Add(" ");
            }

            tokens.Add(Letters[i].Value);
        }

        return tokens;
    }
}
