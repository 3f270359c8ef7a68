using IntegrationsNetz.Testing;

namespace IntegrationsNetz.Web.Tests.Volunteers;

/// <summary>
/// A volunteer reading Ukrainian signs in and opens the volunteer area in Ukrainian: the sign-in pages follow the
/// browser's language, the rest of the back office stays German.
/// </summary>
public sealed class VolunteerLanguageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_volunteer_with_a_ukrainian_browser_signs_in_and_sees_the_volunteer_area_in_ukrainian()
    {
        const string email = "helfer.ukrainisch@ehrenamt.example";
        await VolunteerTestData.ApprovedAsync(factory, email, "Mykola", new VolunteerProfile("eppelheim", "uk"));
        var session = new BrowserlessSession(factory);
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk-UA,uk;q=0.9");

        var login = await session.GetAsync("/backoffice/login");
        Assert.Equal("uk", login.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Увійти", login.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Забули пароль?", login.Document.Body!.TextContent, StringComparison.Ordinal);

        var failed = await session.SubmitAsync(login, "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "falsches Passwort 123" });
        Assert.Contains("Адреса електронної пошти або пароль неправильні", failed.Document.Body!.TextContent, StringComparison.Ordinal);

        var area = await session.SubmitAsync(failed, "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = TestAccounts.DefaultPassword });
        if (area.Path != "/ehrenamt")
        {
            area = await session.GetAsync("/ehrenamt");
        }

        Assert.Equal("uk", area.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Моє волонтерство", area.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Meine Daten", area.Document.Body!.TextContent, StringComparison.Ordinal);

        var forgot = await session.GetAsync("/backoffice/forgot-password");
        Assert.Equal("Забули пароль", forgot.Document.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_rest_of_the_back_office_stays_german_whatever_the_browser_asks_for()
    {
        var session = new BrowserlessSession(factory);
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk-UA,uk;q=0.9");
        var start = await session.LoginAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);

        Assert.Equal("de", start.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Übersicht", start.Document.QuerySelector("h1")!.TextContent.Trim());
    }
}
