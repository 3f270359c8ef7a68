using System.Globalization;

namespace IntegrationsNetz.Core.Documents;

/// <summary>Which way a line of text runs; mixed text inside it is ordered by the Unicode bidirectional algorithm.</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>Where a table cell's text sits: at the start of the reading direction (left in German) or at its end.</summary>
public enum CellAlignment
{
    Start,
    End,
}

/// <summary>
/// A document for <see cref="PdfWriter"/>: metadata and a flow of blocks (title, headings, paragraphs, tables) that
/// the writer breaks into A4 pages. It holds no words of its own: the caller writes every text, including the footer
/// and the page label, in the document's language.
/// </summary>
public sealed class PortalDocument
{
    private readonly List<DocumentBlock> _blocks = [];

    /// <param name="title">The PDF's title (shown by viewers in the window title), not a visible heading.</param>
    /// <param name="language">The document's language (BCP 47, e.g. "de", "ar", "fa"); sets the default direction,
    /// the shaping language and the line-break rules.</param>
    /// <param name="createdAt">The creation date written into the PDF.</param>
    public PortalDocument(string title, string language, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Title = title;
        Language = language;
        CreatedAt = createdAt;
        Direction = CultureInfo.GetCultureInfo(language).TextInfo.IsRightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    public string Title { get; }

    public string Language { get; }

    public DateTimeOffset CreatedAt { get; }

    public string Author { get; init; } = "IntegrationsNetz";

    public string? Subject { get; init; }

    /// <summary>The base direction of every paragraph and table; by default the language's.</summary>
    public TextDirection Direction { get; init; }

    /// <summary>Text at the start of each page's footer line, or none.</summary>
    public string? FooterText { get; init; }

    /// <summary>The page label at the end of the footer line with {0} for the page and {1} for the page count
    /// ("Seite {0} von {1}"); none means no page numbers.</summary>
    public string? PageLabel { get; init; }

    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    public PortalDocument AddTitle(string text) => Add(new TitleBlock(text));

    public PortalDocument AddHeading(string text) => Add(new HeadingBlock(text));

    /// <param name="direction">The paragraph's own base direction, when it differs from the document's.</param>
    public PortalDocument AddParagraph(string text, TextDirection? direction = null, bool bold = false) =>
        Add(new ParagraphBlock(text, direction, bold));

    public PortalDocument AddTable(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new TableBlock(columns, [.. rows]);
        if (columns.Count == 0 || columns.Any(c => !(c.Width > 0)))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive width.", nameof(columns));
        }

        if (table.Rows.FirstOrDefault(r => r.Count != columns.Count) is { } row)
        {
            throw new ArgumentException($"A row has {row.Count} cells; the table has {columns.Count} columns.", nameof(rows));
        }

        return Add(table);
    }

    private PortalDocument Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}

public abstract record DocumentBlock;

/// <summary>The visible title at the top of the first page.</summary>
public sealed record TitleBlock(string Text) : DocumentBlock;

public sealed record HeadingBlock(string Text) : DocumentBlock;

/// <summary>Wrapped text; a line feed starts a new line.</summary>
public sealed record ParagraphBlock(string Text, TextDirection? Direction = null, bool Bold = false) : DocumentBlock;

/// <summary>A header row and rows; the header is repeated on every page the table continues on.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <param name="Width">A relative width: the columns share the line in proportion to it.</param>
public sealed record TableColumn(string Header, float Width, CellAlignment Alignment = CellAlignment.Start);
