using System.Text;
using IntegrationsNetz.Core.Offers;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// What a hit shows (id, kind, slug, municipalities, the titles by culture and the German text for the snippet), kept
/// as one binary doc value per offer. Lucene's stored fields compress documents in blocks of 16 KB, so showing one hit
/// meant decompressing several documents; a doc value is read directly from the memory-mapped file.
/// </summary>
internal sealed record HitDisplay(Guid Id, OfferKind Kind, string Slug, string Municipalities, IReadOnlyList<(string Culture, string Title)> Titles, string Text)
{
    public BytesRef Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Id.ToByteArray());
            writer.Write((byte)Kind);
            writer.Write(Slug);
            writer.Write(Municipalities);
            writer.Write((byte)Titles.Count);
            foreach (var (culture, title) in Titles)
            {
                writer.Write(culture);
                writer.Write(title);
            }

            writer.Write(Text);
        }

        return new BytesRef(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The display values of a document of the reader (a top-level document number).</summary>
    public static HitDisplay Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Display)?.Get(doc - leaf.DocBase, bytes);
        using var input = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var id = new Guid(input.ReadBytes(16));
        var kind = (OfferKind)input.ReadByte();
        var slug = input.ReadString();
        var municipalities = input.ReadString();
        var titles = new (string, string)[input.ReadByte()];
        for (var i = 0; i < titles.Length; i++)
        {
            titles[i] = (input.ReadString(), input.ReadString());
        }

        return new HitDisplay(id, kind, slug, municipalities, titles, input.ReadString());
    }

    /// <summary>The title in the culture, or null.</summary>
    public string? TitleIn(string culture)
    {
        foreach (var (own, title) in Titles)
        {
            if (own == culture)
            {
                return title;
            }
        }

        return null;
    }
}
