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

    public DocumentFonts()
    {
        Regular = Load("DejaVuSans.ttf");
        Bold = Load("DejaVuSans-Bold.ttf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in {typeof(DocumentFonts).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
