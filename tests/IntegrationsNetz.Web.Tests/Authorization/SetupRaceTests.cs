using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using IntegrationsNetz.Core.Accounts;
using IntegrationsNetz.Web.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationsNetz.Web.Tests.Authorization;

/// <summary>The one-time setup link is one administrator, however often it is posted at once.</summary>
public sealed partial class SetupRaceTests(SetupLinkTests.WithoutAdministrator factory) : IClassFixture<SetupLinkTests.WithoutAdministrator>
{
    [Fact]
    public async Task Ten_posts_of_the_setup_link_at_once_create_exactly_one_administrator()
    {
        _ = factory.Services;
        var link = new Uri(factory.Logs.Select(l => SetupLink().Match(l)).First(m => m.Success).Value).PathAndQuery;
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = new HtmlParser().ParseDocument(await browser.GetStringAsync(link));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => browser.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = $"verwaltung{i}@oftersheim.example",
            ["Password"] = "ein langes Einrichtungspasswort",
            ["__RequestVerificationToken"] = token,
        }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        using var scope = factory.Services.CreateScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GetUsersInRoleAsync(Roles.Administrator));
    }

    [GeneratedRegex(@"https?://\S+/backoffice/setup\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex SetupLink();
}
