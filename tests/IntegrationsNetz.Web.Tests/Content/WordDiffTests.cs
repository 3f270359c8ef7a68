using System.Net;
using IntegrationsNetz.Web.Content.BackOffice;

namespace IntegrationsNetz.Web.Tests.Content;

/// <summary>The word diff a translator reads: what changed is marked, an unchanged punctuation mark is not.</summary>
public sealed class WordDiffTests
{
    [Theory]
    [InlineData("Jeden Montag.", "Jeden Montag und Donnerstag.", "Jeden Montag<ins> und Donnerstag</ins>.")]
    [InlineData("Jeden Montag und Donnerstag.", "Jeden Montag.", "Jeden Montag<del> und Donnerstag</del>.")]
    [InlineData("Bitte anmelden, dann kommen.", "Bitte vorher anmelden, dann kommen.", "Bitte <ins>vorher </ins>anmelden, dann kommen.")]
    [InlineData("Kurs (A1).", "Kurs (A2).", "Kurs (<del>A1</del><ins>A2</ins>).")]
    [InlineData("Kommen Sie!", "Kommen Sie?", "Kommen Sie<del>!</del><ins>?</ins>")]
    [InlineData("Öffnungszeiten: 9–12 Uhr.", "Öffnungszeiten: 9–13 Uhr.", "Öffnungszeiten: 9–<del>12</del><ins>13</ins> Uhr.")]
    [InlineData("Mehr unter [Bürgerbüro](https://a.example).", "Mehr unter [Bürgeramt](https://a.example).", "Mehr unter [<del>Bürgerbüro</del><ins>Bürgeramt</ins>](https://a.example).")]
    public void Only_what_changed_is_marked(string before, string after, string html) =>
        Assert.Equal(html, WebUtility.HtmlDecode(WordDiff.Html(before, after).ToString())); // "ü" is written as &#252;

    [Fact]
    public void A_changed_mark_between_unchanged_words_is_marked_alone_and_the_text_is_encoded()
    {
        Assert.Equal("Eltern<del>-</del><ins>&amp;</ins>Kind", WordDiff.Html("Eltern-Kind", "Eltern&Kind").ToString());
        Assert.Equal("Gleich.", WordDiff.Html("Gleich.", "Gleich.").ToString());
    }
}
