using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Core.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert('x')</script>Hallo")]
    [InlineData("[Klick](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">Link</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void Script_in_Markdown_is_neutralised(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ordinary_Markdown_keeps_headings_lists_and_links()
    {
        var html = _renderer.ToHtml("## Sprechzeiten\n\n- Montag\n- Mittwoch\n\n[Bürgeramt](https://www.musterstadt.example/buergeramt)");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>Montag</li>", html);
        Assert.Contains("href=\"https://www.musterstadt.example/buergeramt\"", html);
    }
}
