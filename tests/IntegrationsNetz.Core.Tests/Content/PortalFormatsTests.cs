using IntegrationsNetz.Core.Content;

namespace IntegrationsNetz.Core.Tests.Content;

/// <summary>Dates a reader in Germany can match with letters and appointments, in every language.</summary>
public sealed class PortalFormatsTests
{
    private static readonly DateTime SecondOfDecember = new(2026, 12, 2, 9, 30, 0, DateTimeKind.Unspecified);

    [Fact]
    public void English_dates_put_the_day_first()
    {
        Assert.Equal("02/12/2026", SecondOfDecember.ToString("d", PortalFormats.For("en")));
    }

    [Fact]
    public void Farsi_dates_follow_the_Gregorian_calendar_with_Farsi_words()
    {
        var farsi = PortalFormats.For("fa");
        Assert.Contains("2026", SecondOfDecember.ToString("d", farsi), StringComparison.Ordinal);
        Assert.DoesNotContain("1405", SecondOfDecember.ToString("D", farsi), StringComparison.Ordinal);
        Assert.Equal(System.Globalization.CultureInfo.GetCultureInfo("fa").DateTimeFormat.GetDayName(DayOfWeek.Wednesday), farsi.DateTimeFormat.GetDayName(SecondOfDecember.DayOfWeek));
    }

    [Theory]
    [InlineData("de", "02.12.2026")]
    [InlineData("uk", "02.12.2026")]
    public void Other_languages_keep_their_own_formats(string culture, string expected)
    {
        Assert.Equal(expected, SecondOfDecember.ToString("d", PortalFormats.For(culture)));
    }
}
