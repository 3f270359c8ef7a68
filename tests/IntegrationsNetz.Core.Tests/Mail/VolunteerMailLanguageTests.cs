using IntegrationsNetz.Core.Content;
using IntegrationsNetz.Core.Mail;

namespace IntegrationsNetz.Core.Tests.Mail;

/// <summary>
/// Every mail a volunteer can receive exists in every language of the public pages (Leichte Sprache reads the German
/// one), with the link the German one carries: a volunteer who registered in Ukrainian gets no German mail.
/// </summary>
public sealed class VolunteerMailLanguageTests
{
    private static readonly string[] VolunteerMails = ["volunteer-optin", "volunteer-approved", "volunteer-already-registered", "password-reset", "account-deleted"];

    public static TheoryData<string, string> MailsAndLanguages =>
        [.. VolunteerMails.SelectMany(mail => PortalCulture.All.Where(c => c.Key != PortalCulture.SourceKey && c.UiCulture != PortalCulture.SourceKey).Select(c => (mail, c.Key)))];

    [Theory]
    [MemberData(nameof(MailsAndLanguages))]
    public void A_volunteer_mail_is_written_in_the_readers_language_with_the_same_link(string mail, string culture)
    {
        var composer = new MailComposer(new MarkdownRenderer(), []);
        var values = new Dictionary<string, string> { ["Name"] = "Testperson Ehrenamt", ["LinkUrl"] = "https://portal.example/link?token=abc" };
        var german = composer.Compose(mail, PortalCulture.SourceKey, values);
        var own = composer.Compose(mail, culture, values);

        Assert.NotEqual(german.Subject, own.Subject);
        Assert.NotEqual(german.TextBody, own.TextBody);
        foreach (var value in values.Values.Where(v => german.TextBody.Contains(v, StringComparison.Ordinal)))
        {
            Assert.Contains(value, own.TextBody, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", own.TextBody, StringComparison.Ordinal);
    }
}
