using SkiaSharp;

namespace IntegrationsNetz.Core.Documents;

/// <summary>
/// The typefaces every PDF is set in: DejaVu Sans and DejaVu Sans Bold, embedded in this assembly (Documents/Fonts,
/// licence beside them). They cover Latin with Turkish, Cyrillic and Arabic with the Farsi letters, so a document
/// never depends on the fonts a machine happens to have. Loaded once; Skia typefaces are immutable and thread-safe.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private const string Prefix = "IntegrationsNetz.Core.Documents.Fonts.";

    private readonly Dictionary<SKTypeface, Lazy<FontSubsetter>> _subsetters;

    public DocumentFonts()
    {
        Regular = Load("DejaVuSans.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
        _subsetters = new[] { Regular, Bold }.ToDictionary(t => t, t => new Lazy<FontSubsetter>(() => new FontSubsetter(t)));
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        foreach (var subsetter in _subsetters.Values.Where(s => s.IsValueCreated))
        {
            subsetter.Value.Dispose();
        }

        Regular.Dispose();
        Bold.Dispose();
    }

    /// <summary><paramref name="typeface"/> with only <paramref name="glyphs"/> (same glyph ids), or none.</summary>
    internal SKTypeface? Subset(SKTypeface typeface, IReadOnlySet<ushort> glyphs) =>
        _subsetters.TryGetValue(typeface, out var subsetter) ? subsetter.Value.Subset(glyphs) : null;

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in {typeof(DocumentFonts).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
