using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace IntegrationsNetz.Core.ContentFiles;

/// <summary>Deterministic XML in and out: same data, same bytes, so files diff cleanly in version control.</summary>
internal static class SyncXml
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        Encoding = new UTF8Encoding(false),
    };

    public static byte[] ToBytes(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static XElement Load(string path, string relativePath)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return XDocument.Load(stream, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root
                ?? throw new SyncFileException(relativePath, 1, "the file is empty");
        }
        catch (XmlException e)
        {
            throw new SyncFileException(relativePath, e.LineNumber, e.Message);
        }
    }

    public static string Date(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    public static XElement KeyList(string name, string itemName, IEnumerable<Guid> keys) =>
        new(name, keys.OrderBy(k => k.ToString(), StringComparer.Ordinal).Select(k => new XElement(itemName, new XAttribute("Key", k))));
}

/// <summary>Reads one file's elements, turning every problem into a message with the file and the line.</summary>
internal sealed class SyncElementReader(string file)
{
    public string File { get; } = file;

    public SyncFileException Error(XObject at, string reason) => new(File, Line(at), reason);

    public static int Line(XObject at) => at is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    public string Attribute(XElement e, string name) =>
        e.Attribute(name)?.Value is { Length: > 0 } value ? value : throw Error(e, $"attribute '{name}' is missing on <{e.Name}>");

    public Guid Key(XElement e, string name = "Key") =>
        Guid.TryParse(Attribute(e, name), out var key) ? key : throw Error(e, $"attribute '{name}' is not a GUID");

    public XElement Element(XElement parent, string name) =>
        parent.Element(name) ?? throw Error(parent, $"element <{name}> is missing in <{parent.Name}>");

    public string Text(XElement parent, string name) => Element(parent, name).Value;

    public string? OptionalText(XElement parent, string name) => parent.Element(name)?.Value is { Length: > 0 } v ? v : null;

    public Guid? OptionalKey(XElement parent, string name)
    {
        var element = parent.Element(name);
        if (element is null || element.Value.Length == 0)
        {
            return null;
        }

        return Guid.TryParse(element.Value, out var key) ? key : throw Error(element, $"<{name}> is not a GUID");
    }

    public double Number(XElement parent, string name)
    {
        var element = Element(parent, name);
        return double.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(element, $"<{name}> is not a number");
    }

    public int Integer(XElement parent, string name)
    {
        var element = Element(parent, name);
        return int.TryParse(element.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(element, $"<{name}> is not a whole number");
    }

    public DateTime? OptionalDate(XElement e, string attribute)
    {
        var value = e.Attribute(attribute)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw Error(e, $"attribute '{attribute}' is not a date");
    }

    public List<Guid> Keys(XElement parent, string listName, string itemName) =>
        parent.Element(listName)?.Elements(itemName).Select(e => Key(e)).ToList() ?? [];
}
