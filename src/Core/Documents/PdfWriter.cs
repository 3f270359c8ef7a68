using System.Globalization;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace IntegrationsNetz.Core.Documents;

/// <summary>
/// The portal's one PDF writer: lays a <see cref="PortalDocument"/> out on A4 pages (margins, word wrap, page
/// breaks, a table header repeated on each page, a footer with page numbers) and writes it with Skia's PDF backend,
/// the fonts embedded as subsets. Text in any direction and script the fonts cover is shaped by HarfBuzz.
/// Stateless and thread-safe: everything that keeps state is made per document.
/// </summary>
public sealed class PdfWriter(DocumentFonts fonts)
{
    // A4 in PDF points (1/72 inch).
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;

    // 2 cm at the sides and the top; 2.5 cm at the bottom, which holds the footer line.
    public const float MarginSide = 56.69f;
    public const float MarginTop = 56.69f;
    public const float MarginBottom = 70.87f;

    private const float CellPadding = 4f;
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Grey = new(0x55, 0x55, 0x55);
    private static readonly SKColor Rule = new(0xA0, 0xA0, 0xA0);
    private static readonly SKColor HeaderFill = new(0xE8, 0xE8, 0xE8);

    public byte[] Write(PortalDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    public void Write(PortalDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var layout = new PageLayout(document, fonts);
        var pages = layout.Run();
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].AddRange(layout.Footer(i + 1, pages.Count));
        }

        using var drawing = new DrawingFonts(fonts, pages.SelectMany(p => p).OfType<TextOperation>());
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Author = document.Author,
            Subject = document.Subject,
            Creator = "IntegrationsNetz",
            Creation = document.CreatedAt.UtcDateTime,
            Modified = document.CreatedAt.UtcDateTime,
        };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            using var paint = new SKPaint { IsAntialias = true };
            foreach (var page in pages)
            {
                var canvas = pdf.BeginPage(PageWidth, PageHeight);
                foreach (var operation in page)
                {
                    operation.Draw(canvas, paint, drawing);
                }

                pdf.EndPage();
            }

            pdf.Close();
        }
    }

    /// <summary>
    /// The fonts the glyphs are drawn with: per typeface a subset with just the glyphs this document uses (same ids),
    /// because Skia would embed the whole font; the whole typeface where HarfBuzz could not subset it.
    /// </summary>
    private sealed class DrawingFonts : IDisposable
    {
        private readonly List<SKTypeface> _subsets = [];
        private readonly Dictionary<TextStyle, SKFont> _fonts = [];

        public DrawingFonts(DocumentFonts fonts, IEnumerable<TextOperation> text)
        {
            var runs = text.SelectMany(t => t.Line.Runs).Select(r => r.Run).ToList();
            foreach (var byTypeface in runs.GroupBy(r => r.Style.Typeface))
            {
                var subset = fonts.Subset(byTypeface.Key, byTypeface.SelectMany(r => r.Glyphs).ToHashSet());
                if (subset is not null)
                {
                    _subsets.Add(subset);
                }

                foreach (var style in byTypeface.Select(r => r.Style).Distinct())
                {
                    _fonts[style] = subset is null ? style.Font : TextStyle.Configure(new SKFont(subset, style.Font.Size));
                }
            }
        }

        public SKFont this[TextStyle style] => _fonts[style];

        public void Dispose()
        {
            foreach (var font in _fonts.Where(f => f.Value != f.Key.Font))
            {
                font.Value.Dispose();
            }

            _subsets.ForEach(s => s.Dispose());
        }
    }

    /// <summary>What is drawn on a page; collected first, because the footer needs the page count.</summary>
    private abstract record Operation
    {
        public abstract void Draw(SKCanvas canvas, SKPaint paint, DrawingFonts fonts);
    }

    private sealed record TextOperation(TextLine Line, float X, float Baseline) : Operation
    {
        public override void Draw(SKCanvas canvas, SKPaint paint, DrawingFonts fonts)
        {
            if (Line.Runs.Count == 0)
            {
                return;
            }

            using var builder = new SKTextBlobBuilder();
            foreach (var (run, x) in Line.Runs)
            {
                var positions = new SKPoint[run.Positions.Length];
                for (var i = 0; i < positions.Length; i++)
                {
                    positions[i] = new SKPoint(run.Positions[i].X + x, run.Positions[i].Y);
                }

                builder.AddPositionedRun(run.Glyphs, fonts[run.Style], positions);
            }

            using var blob = builder.Build();
            if (blob is null)
            {
                return;
            }

            paint.Color = Line.Runs[0].Run.Style.Color;
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawText(blob, X, Baseline, paint);
        }
    }

    private sealed record RectangleOperation(SKRect Rectangle, SKColor Color) : Operation
    {
        public override void Draw(SKCanvas canvas, SKPaint paint, DrawingFonts fonts)
        {
            paint.Color = Color;
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawRect(Rectangle, paint);
        }
    }

    private sealed record LineOperation(float X1, float Y1, float X2, float Y2, SKColor Color, float Width) : Operation
    {
        public override void Draw(SKCanvas canvas, SKPaint paint, DrawingFonts fonts)
        {
            paint.Color = Color;
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = Width;
            canvas.DrawLine(X1, Y1, X2, Y2, paint);
        }
    }

    /// <summary>Flows the blocks down the pages. Holds the per-document shapers, styles and ICU state.</summary>
    private sealed class PageLayout : IDisposable
    {
        private const float Left = MarginSide;
        private const float Right = PageWidth - MarginSide;
        private const float Top = MarginTop;
        private const float Bottom = PageHeight - MarginBottom;
        private const float ContentWidth = Right - Left;

        private readonly PortalDocument _document;
        private readonly SKShaper _regular;
        private readonly SKShaper _bold;
        private readonly TextLayouter _text;
        private readonly TextStyle _title;
        private readonly TextStyle _heading;
        private readonly TextStyle _body;
        private readonly TextStyle _bodyBold;
        private readonly TextStyle _cell;
        private readonly TextStyle _cellHeader;
        private readonly TextStyle _footer;
        private readonly List<List<Operation>> _pages = [[]];
        private float _y = Top;

        public PageLayout(PortalDocument document, DocumentFonts fonts)
        {
            _document = document;
            // Shapers are made per document: SKShaper keeps a buffer of its own and is not meant to be shared between threads.
            _regular = new SKShaper(fonts.Regular);
            _bold = new SKShaper(fonts.Bold);
            _text = new TextLayouter(document.Language);
            _title = new TextStyle(fonts.Bold, _bold, 17f, Ink);
            _heading = new TextStyle(fonts.Bold, _bold, 12.5f, Ink);
            _body = new TextStyle(fonts.Regular, _regular, 10.5f, Ink);
            _bodyBold = new TextStyle(fonts.Bold, _bold, 10.5f, Ink);
            _cell = new TextStyle(fonts.Regular, _regular, 9.5f, Ink);
            _cellHeader = new TextStyle(fonts.Bold, _bold, 9.5f, Ink);
            _footer = new TextStyle(fonts.Regular, _regular, 8f, Grey);
        }

        private bool RightToLeft => _document.Direction == TextDirection.RightToLeft;

        private List<Operation> Page => _pages[^1];

        public List<List<Operation>> Run()
        {
            foreach (var block in _document.Blocks)
            {
                switch (block)
                {
                    case TitleBlock title:
                        Paragraph(title.Text, _title, _document.Direction, keepWithNext: 0);
                        _y += 10f;
                        break;
                    case HeadingBlock heading:
                        _y += _y > Top ? 8f : 0f;
                        // A heading is not left alone at the bottom of a page: two lines of what follows come along.
                        Paragraph(heading.Text, _heading, _document.Direction, keepWithNext: 2 * _body.LineHeight + CellPadding * 2);
                        _y += 4f;
                        break;
                    case ParagraphBlock paragraph:
                        Paragraph(paragraph.Text, paragraph.Bold ? _bodyBold : _body, paragraph.Direction ?? _document.Direction, keepWithNext: 0);
                        _y += 6f;
                        break;
                    case TableBlock table:
                        Table(table);
                        _y += 8f;
                        break;
                    default:
                        throw new NotSupportedException($"No layout for {block.GetType().Name}.");
                }
            }

            return _pages;
        }

        /// <summary>The footer of one page: a rule, the page label at the end, the footer text at the start in the
        /// width the label leaves (wrapped, never cut).</summary>
        public List<Operation> Footer(int page, int pages)
        {
            var baseline = Bottom + 28f;
            var operations = new List<Operation> { new LineOperation(Left, Bottom + 14f, Right, Bottom + 14f, Rule, 0.5f) };
            var labelWidth = 0f;
            if (_document.PageLabel is { } label)
            {
                var text = string.Format(CultureInfo.GetCultureInfo(_document.Language), label, page, pages);
                var line = _text.Layout(text, _footer, ContentWidth / 3, _document.Direction)[0];
                labelWidth = line.Width + 12f;
                operations.Add(new TextOperation(line, RightToLeft ? Left : Right - line.Width, baseline));
            }

            if (_document.FooterText is { } footer)
            {
                foreach (var line in _text.Layout(footer, _footer, ContentWidth - labelWidth, _document.Direction))
                {
                    operations.Add(new TextOperation(line, RightToLeft ? Right - line.Width : Left, baseline));
                    baseline += _footer.LineHeight;
                }
            }

            return operations;
        }

        public void Dispose()
        {
            foreach (var style in (TextStyle[])[_title, _heading, _body, _bodyBold, _cell, _cellHeader, _footer])
            {
                style.Dispose();
            }

            _text.Dispose();
            _regular.Dispose();
            _bold.Dispose();
        }

        private void Paragraph(string text, TextStyle style, TextDirection direction, float keepWithNext)
        {
            var lines = _text.Layout(text, style, ContentWidth, direction);
            if (keepWithNext > 0)
            {
                Fit(lines.Count * style.LineHeight + keepWithNext);
            }

            foreach (var line in lines)
            {
                Fit(style.LineHeight);
                var x = direction == TextDirection.RightToLeft ? Right - line.Width : Left;
                Page.Add(new TextOperation(line, x, _y + style.Ascent));
                _y += style.LineHeight;
            }
        }

        private void Table(TableBlock table)
        {
            var total = table.Columns.Sum(c => c.Width);
            var widths = table.Columns.Select(c => c.Width / total * ContentWidth).ToArray();
            var header = Row(table.Columns.Select(c => c.Header).ToList(), widths, _cellHeader);
            var rows = table.Rows.Select(r => Row(r, widths, _cell)).ToList();
            Fit(header.Height + (rows.Count > 0 ? rows[0].Height : 0));
            DrawRow(header, table, widths, isHeader: true);
            foreach (var row in rows)
            {
                if (_y + row.Height > Bottom)
                {
                    NewPage();
                    DrawRow(header, table, widths, isHeader: true);
                }

                DrawRow(row, table, widths, isHeader: false);
            }
        }

        private LaidOutRow Row(IReadOnlyList<string> cells, float[] widths, TextStyle style)
        {
            var lines = cells.Select((cell, i) => _text.Layout(cell, style, widths[i] - 2 * CellPadding, _document.Direction)).ToList();
            return new LaidOutRow(lines, style, lines.Max(l => l.Count) * style.LineHeight + 2 * CellPadding);
        }

        private void DrawRow(LaidOutRow row, TableBlock table, float[] widths, bool isHeader)
        {
            if (isHeader)
            {
                Page.Add(new RectangleOperation(new SKRect(Left, _y, Right, _y + row.Height), HeaderFill));
            }

            // Columns run in the reading direction: the first column is the rightmost in a right-to-left document.
            var edge = RightToLeft ? Right : Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var cellLeft = RightToLeft ? edge - widths[i] : edge;
                var atLeft = (table.Columns[i].Alignment == CellAlignment.Start) != RightToLeft;
                var baseline = _y + CellPadding + row.Style.Ascent;
                foreach (var line in row.Cells[i])
                {
                    var x = atLeft ? cellLeft + CellPadding : cellLeft + widths[i] - CellPadding - line.Width;
                    Page.Add(new TextOperation(line, x, baseline));
                    baseline += row.Style.LineHeight;
                }

                edge = RightToLeft ? edge - widths[i] : edge + widths[i];
            }

            _y += row.Height;
            Page.Add(new LineOperation(Left, _y, Right, _y, Rule, isHeader ? 0.8f : 0.4f));
        }

        /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this one is empty:
        /// what is taller than a page is not pushed on forever).</summary>
        private void Fit(float height)
        {
            if (_y + height > Bottom && _y > Top)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _pages.Add([]);
            _y = Top;
        }

        private sealed record LaidOutRow(List<List<TextLine>> Cells, TextStyle Style, float Height);
    }
}
