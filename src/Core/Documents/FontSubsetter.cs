using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace IntegrationsNetz.Core.Documents;

/// <summary>
/// Cuts a font down to the glyphs one document draws, with HarfBuzz's subsetter. The Skia build in SkiaSharp embeds
/// fonts whole (about 360 KB per DejaVu face, compressed), so without this every PDF weighs 750 KB. Glyph ids are
/// kept (the layout was shaped with the whole font), hinting is dropped (a PDF viewer does not use it), and the cmap
/// keeps every code point of a drawn glyph, so the PDF's ToUnicode map and text extraction stay as with the whole font.
/// HarfBuzzSharp has no managed API for the subsetter; its native library exports it, so it is called directly.
/// </summary>
internal sealed class FontSubsetter : IDisposable
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableTags = 3;

    // The shaping tables are of no use once the glyphs are chosen; dropping them keeps the subset small.
    private static readonly uint[] DroppedTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("kern")];

    private readonly Face _face;
    private readonly ILookup<ushort, int> _codepoints;

    public FontSubsetter(SKTypeface typeface)
    {
        using (var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob())
        {
            _face = new Face(blob, index);
        }

        _codepoints = Codepoints(typeface);
    }

    public void Dispose() => _face.Dispose();

    /// <summary>A typeface with only <paramref name="glyphs"/>, or none when HarfBuzz cannot subset the font.</summary>
    public SKTypeface? Subset(IReadOnlySet<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            var glyphSet = hb_subset_input_glyph_set(input);
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
                foreach (var codepoint in _codepoints[glyph])
                {
                    hb_set_add(unicodeSet, (uint)codepoint);
                }
            }

            var dropped = hb_subset_input_set(input, DropTableTags);
            foreach (var table in DroppedTables)
            {
                hb_set_add(dropped, table);
            }

            var subset = hb_subset_or_fail(_face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                    {
                        return null;
                    }

                    using var skData = SKData.CreateCopy(data, length);
                    return SKTypeface.FromData(skData);
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>Every code point of the font's cmap in planes 0 and 1 (all that DejaVu covers), by the glyph it maps
    /// to; read once per typeface.</summary>
    private static ILookup<ushort, int> Codepoints(SKTypeface typeface)
    {
        var all = Enumerable.Range(0, 0x20000).ToArray();
        var glyphs = new ushort[all.Length];
        using (var font = new SKFont(typeface))
        {
            font.GetGlyphs(all, glyphs);
        }

        return all.Where(c => glyphs[c] != 0).ToLookup(c => glyphs[c]);
    }

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
