using System.Globalization;
using IntegrationsNetz.Core.Documents;
using UglyToad.PdfPig;

namespace IntegrationsNetz.Core.Tests.Documents;

/// <summary>The writer's PDFs read back with PdfPig: pages, breaks, footer, margins, metadata and right-to-left text.</summary>
public sealed class PdfWriterTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly DocumentFonts _fonts = new();
    private readonly PdfWriter _writer;

    public PdfWriterTests() => _writer = new PdfWriter(_fonts);

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void The_pdf_opens_with_its_title_author_and_creation_date_and_uses_only_the_embedded_fonts()
    {
        var pdf = _writer.Write(German("Jahresbericht 2026").AddTitle("Jahresbericht 2026").AddParagraph("Ein kurzer Absatz."));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Jahresbericht 2026", document.Information.Title);
        Assert.Equal("IntegrationsNetz", document.Information.Author);
        Assert.Equal(Created, document.Information.GetCreatedDateTimeOffset());
        var page = document.GetPage(1);
        Assert.Equal(PdfWriter.PageWidth, page.Width, 0.5);
        Assert.Equal(PdfWriter.PageHeight, page.Height, 0.5);
        Assert.Equal(["Jahresbericht 2026", "Ein kurzer Absatz."], PdfText.Lines(page).Select(l => l.LeftToRight));
        Assert.All(page.Letters, l => Assert.Contains("DejaVuSans", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_embedded_fonts_hold_only_the_glyphs_the_document_draws()
    {
        // The whole DejaVu Sans and Bold are 1.4 MB (720 KB compressed); a page of German and Arabic needs a few dozen glyphs.
        var document = German("Kurz").AddTitle("Überschrift").AddParagraph("Ein Absatz mit Umlauten: äöü ß, Олена Коваль und مريم الحسن.");

        var pdf = _writer.Write(document);

        Assert.True(pdf.Length < 80_000, $"{pdf.Length / 1024} KB");
        Assert.Equal(["Überschrift", "Ein Absatz mit Umlauten: äöü ß, Олена Коваль und نسحلا ميرم."], PdfText.AllLines(pdf));
    }

    [Fact]
    public void A_long_table_breaks_onto_pages_with_its_header_on_each_and_numbered_footers()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{i:000}", $"Eintrag Nummer {i}", $"{i},5"]);
        var document = new PortalDocument("Tabelle", "de", Created) { FooterText = "Dokumentfuß", PageLabel = "Seite {0} von {1}" };
        document.AddHeading("Lange Tabelle").AddTable(
            [new TableColumn("Nr.", 1), new TableColumn("Tätigkeit", 4), new TableColumn("Stunden", 1.5f, CellAlignment.End)], rows);

        var pages = PdfText.Read(_writer.Write(document));

        // A row is 20.7 pt high (9.5 pt text, 4 pt padding), so 33 rows and the header fill the 714 pt of a page.
        Assert.Equal(4, pages.Count);
        var rowLines = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var lines = pages[i];
            var body = lines.Where(l => l.Baseline > PdfWriter.MarginBottom).ToList();
            var footer = Assert.Single(lines, l => l.Baseline < PdfWriter.MarginBottom);
            Assert.Equal($"Dokumentfuß Seite {i + 1} von 4", footer.LeftToRight);
            Assert.Equal(PdfWriter.PageWidth - PdfWriter.MarginSide, footer.Right, 1.0);
            // The header row heads every page; no row reaches into the bottom margin.
            Assert.Equal("Nr. Tätigkeit Stunden", body[i == 0 ? 1 : 0].LeftToRight);
            Assert.All(body, l => Assert.True(l.Baseline > PdfWriter.MarginBottom + 1, $"'{l.LeftToRight}' is in the bottom margin"));
            rowLines.AddRange(body.Skip(i == 0 ? 2 : 1).Select(l => l.LeftToRight));
        }

        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"{i:000} Eintrag Nummer {i} {i},5"), rowLines);
    }

    [Fact]
    public void A_right_aligned_column_ends_at_the_same_edge_on_every_row()
    {
        var pdf = _writer.Write(German("Tabelle").AddTable(
            [new TableColumn("Tätigkeit", 3), new TableColumn("Stunden", 1, CellAlignment.End)],
            [["Begleitung", "2,5 Std."], ["Übersetzung", "12 Std."], ["Hausaufgabenhilfe", "1,25 Std."]]));

        var lines = PdfText.Read(pdf)[0].Where(l => l.Baseline > PdfWriter.MarginBottom).ToList();

        var ends = lines.Select(l => l.Right).ToList();
        Assert.Equal(4, ends.Count);
        Assert.All(ends, e => Assert.Equal(ends[0], e, 0.6));
    }

    [Fact]
    public void Long_paragraphs_wrap_at_word_boundaries_inside_the_margins()
    {
        var words = Enumerable.Range(1, 400).Select(i => i % 7 == 0 ? "Integrationsmanagerin" : $"Wort{i}").ToList();
        var text = string.Join(' ', words);

        var pages = PdfText.Read(_writer.Write(German("Absatz").AddParagraph(text)));

        var lines = pages.SelectMany(p => p).Where(l => l.Baseline > PdfWriter.MarginBottom).ToList();
        Assert.True(pages.Count >= 2, "400 words fill more than one page");
        Assert.True(lines.Count > 30);
        Assert.All(lines, l =>
        {
            Assert.True(l.Left >= PdfWriter.MarginSide - 0.5, $"'{l.LeftToRight}' starts at {l.Left:0.0}");
            Assert.True(l.Right <= PdfWriter.PageWidth - PdfWriter.MarginSide + 0.5, $"'{l.LeftToRight}' ends at {l.Right:0.0}");
        });
        // Lines are filled: each but the last would not have taken the next word.
        Assert.Contains(lines, l => l.Right > PdfWriter.PageWidth - PdfWriter.MarginSide - 60);
        // No word is cut: the lines joined by spaces are the text.
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.LeftToRight)));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_between_letters()
    {
        var word = string.Concat(Enumerable.Repeat("Donaudampfschifffahrtsgesellschaft", 5));

        var lines = PdfText.Read(_writer.Write(German("Wort").AddParagraph(word)))[0];

        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.True(l.Right <= PdfWriter.PageWidth - PdfWriter.MarginSide + 0.5));
        Assert.Equal(word, string.Concat(lines.Select(l => l.LeftToRight)));
    }

    [Fact]
    public void An_Arabic_paragraph_runs_right_to_left_from_the_right_margin_and_reads_back()
    {
        const string text = "مرحبا بكم في برنامج الاندماج، السلام عليكم";
        var document = new PortalDocument("تقرير", "ar", Created).AddParagraph(text);
        Assert.Equal(TextDirection.RightToLeft, document.Direction);

        var line = Assert.Single(PdfText.Read(_writer.Write(document))[0]);

        // Read from right to left, the letters are the text (after NFKC: PdfPig returns presentation forms).
        Assert.Equal(text, line.RightToLeft);
        Assert.NotEqual(text, line.LeftToRight);
        Assert.Contains(line.Letters, l => l.Value[0] is >= '\uFE70' and <= '\uFEFF');
        // In reading order every letter starts left of the one before: x falls.
        var reading = line.Letters.Reverse().Where(l => l.Value != " ").ToList();
        Assert.All(reading.Zip(reading.Skip(1)), pair => Assert.True(pair.Second.StartBaseLine.X < pair.First.StartBaseLine.X));
        // Right-aligned: the line ends at the right margin.
        Assert.Equal(PdfWriter.PageWidth - PdfWriter.MarginSide, line.Right, 1.0);
    }

    [Fact]
    public void A_long_Farsi_paragraph_wraps_with_its_first_words_on_the_top_line_at_the_right()
    {
        var sentence = "گزارش سالانه درباره کمک به خانواده‌ها و یادگیری زبان آلمانی";
        var text = string.Join(' ', Enumerable.Repeat(sentence, 12));
        var document = new PortalDocument("گزارش", "fa", Created).AddParagraph(text);

        var lines = PdfText.Read(_writer.Write(document))[0];

        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.Equal(PdfWriter.PageWidth - PdfWriter.MarginSide, l.Right, 1.0));
        Assert.All(lines, l => Assert.True(l.Left >= PdfWriter.MarginSide - 0.5));
        Assert.StartsWith("گزارش سالانه", lines[0].RightToLeft, StringComparison.Ordinal);
        // The zero-width non-joiner of "خانواده‌ها" is not drawn, so it does not come back.
        Assert.Equal(text.Replace("\u200C", "", StringComparison.Ordinal), string.Join(' ', lines.Select(l => l.RightToLeft)));
    }

    [Fact]
    public void An_Arabic_name_inside_a_German_sentence_is_shaped_right_to_left_between_the_German_words()
    {
        const string name = "مريم الحسن";
        var pdf = _writer.Write(German("Name").AddParagraph($"Frau {name} hat 12,5 Stunden geholfen."));

        var line = Assert.Single(PdfText.Read(pdf)[0]);

        // Left to right: the German words in order, the name between them; the name itself reads right to left.
        var visual = line.LeftToRight;
        Assert.StartsWith("Frau ", visual, StringComparison.Ordinal);
        Assert.EndsWith(" hat 12,5 Stunden geholfen.", visual, StringComparison.Ordinal);
        var (before, arabic, _) = line.SplitAtArabic();
        Assert.Equal("Frau ", before.LeftToRight);
        Assert.Equal(name, arabic.RightToLeft);
    }

    [Fact]
    public void Cyrillic_and_Turkish_read_back_unchanged()
    {
        string[] texts = ["Олена Коваль допомагає в Оферсгаймі.", "Ayşe Yılmaz, İstanbul’dan; ğüşıöç ĞÜŞİÖÇ."];
        var document = German("Namen");
        foreach (var text in texts)
        {
            document.AddParagraph(text);
        }

        Assert.Equal(texts, PdfText.AllLines(_writer.Write(document)));
    }

    [Fact]
    public void A_tab_stands_as_a_space_and_a_line_feed_starts_a_new_line()
    {
        var pdf = _writer.Write(German("Steuerzeichen").AddParagraph("Name:\tOlena\r\nOrt: Oftersheim"));

        Assert.Equal(["Name: Olena", "Ort: Oftersheim"], PdfText.AllLines(pdf));
    }

    [Fact]
    public void A_right_to_left_table_puts_its_first_column_at_the_right()
    {
        var document = new PortalDocument("جدول", "ar", Created).AddTable(
            [new TableColumn("التاريخ", 1), new TableColumn("النشاط", 3)], [["2026", "مرافقة"]]);

        var lines = PdfText.Read(_writer.Write(document))[0];

        const double right = PdfWriter.PageWidth - PdfWriter.MarginSide;
        const double firstColumn = right - (PdfWriter.PageWidth - 2 * PdfWriter.MarginSide) / 4;
        Assert.Equal("التاريخ النشاط", lines[0].RightToLeft);
        Assert.Equal("التاريخ", lines[0].Between(firstColumn, right).RightToLeft);
        Assert.Equal("2026", lines[1].Between(firstColumn, right).LeftToRight);
        Assert.Equal("مرافقة", lines[1].Between(0, firstColumn).RightToLeft);
    }

    [Fact]
    public void Documents_written_at_the_same_time_come_out_as_written_one_by_one()
    {
        // The writer is one singleton for the whole portal: per-document state must not leak between requests.
        var documents = Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? German($"Bericht {i}").AddParagraph(string.Join(' ', Enumerable.Repeat($"Absatz {i} mit Text", 80)))
            : new PortalDocument($"تقرير {i}", "ar", Created).AddParagraph(string.Join(' ', Enumerable.Repeat("مرحبا بكم في البرنامج", 40)))).ToList();
        var oneByOne = documents.Select(_writer.Write).ToList();

        var together = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i => together[i] = _writer.Write(documents[i]));

        Assert.All(Enumerable.Range(0, documents.Count), i => Assert.Equal(oneByOne[i], together[i]));
    }

    private static PortalDocument German(string title) => new(title, "de", Created);
}
