using IntegrationsNetz.Core.Search;

namespace IntegrationsNetz.Core.Tests.Search;

/// <summary>The passage a hit shows: where it starts and ends, what is marked, how it is encoded.</summary>
public sealed class SnippetsTests
{
    private static readonly GermanSearchAnalyzer Analyzer = new();

    private static readonly string Description =
        "Der Kurs findet im Gemeindehaus statt, zweimal pro Woche am Vormittag, mit Pause und Tee. " +
        "Anmeldung im Rathaus bei Frau Muster oder telefonisch. Während des Unterrichts gibt es Kinderbetreuung " +
        "für Kinder ab einem Jahr im Nebenraum <Eingang B> & mit Spielzeug. Am Ende gibt es eine Prüfung " +
        "und ein Zertifikat, das bei Behörden und Arbeitgebern anerkannt ist.";

    // The search's path: the text's tokens kept between searches (a small capacity, so it also starts afresh).
    private static readonly AnalysedTexts Texts = new(capacity: 2);

    private static string Snippet(string query, string text)
    {
        var tokens = TextQueryBuilder.Analyze(Analyzer, query);
        var fresh = Snippets.Build(Analyzer, text, tokens);
        var kept = Snippets.Build(Texts, Analyzer, text, tokens);
        var again = Snippets.Build(Texts, Analyzer, text, tokens);
        Assert.Equal(fresh, kept);
        Assert.Equal(fresh, again);
        return kept;
    }

    [Fact]
    public void The_passage_starts_shortly_before_the_first_match_at_a_word_and_ends_at_a_word()
    {
        var snippet = Snippet("Kinderbetreuung", Description);

        Assert.Equal(
            "… telefonisch. W&#228;hrend des Unterrichts gibt es <mark>Kinderbetreuung</mark> f&#252;r <mark>Kinder</mark> ab einem Jahr im " +
            "Nebenraum &lt;Eingang B&gt; &amp; mit Spielzeug. Am Ende gibt es eine Pr&#252;fung und ein Zertifikat, …",
            snippet);
    }

    [Fact]
    public void A_word_with_a_typo_and_another_form_of_a_word_are_marked_as_the_query_matched_them()
    {
        var snippet = Snippet("Kinderbetreung Kind", Description);

        Assert.Contains("<mark>Kinderbetreuung</mark>", snippet);
        Assert.Contains("<mark>Kinder</mark> ab", snippet);
    }

    [Fact]
    public void Without_a_match_the_passage_is_the_beginning_of_the_text()
    {
        Assert.Equal(
            "Der Kurs findet im Gemeindehaus statt, zweimal pro Woche am Vormittag, mit Pause und Tee. Anmeldung im Rathaus bei " +
            "Frau Muster oder telefonisch. W&#228;hrend des Unterrichts gibt es …",
            Snippet("Jobcenter", Description));
        Assert.Equal("Kurz &amp; knapp.", Snippet(string.Empty, "Kurz & knapp."));
        Assert.Equal(string.Empty, Snippet("Kurs", string.Empty));
    }
}
