using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationsNetz.Testing;

/// <summary>A page as the browser got it: the response, the parsed document and the address it came from.</summary>
public sealed record WebPage(HttpResponseMessage Response, IHtmlDocument Document, Uri Url)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string Path => Url.AbsolutePath;
}

/// <summary>
/// Uses the server-rendered pages as a browser without JavaScript would: follows redirects, fills the forms that
/// are on the page (antiforgery token included) and keeps the cookies.
/// </summary>
public sealed class BrowserlessSession
{
    private static readonly HtmlParser Parser = new();

    // The default client's address: the in-memory server's, or the real port when a test runs the portal on Kestrel.
    public BrowserlessSession(PortalFactory factory)
        : this(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = factory.CreateClient().BaseAddress!,
        }))
    {
    }

    /// <summary>On a client of its own (a portal process): it must keep cookies and not follow redirects itself.</summary>
    public BrowserlessSession(HttpClient client)
    {
        Client = client;
    }

    public HttpClient Client { get; }

    public async Task<WebPage> GetAsync(string url) => await FollowAsync(await Client.GetAsync(url));

    /// <summary>Submits the form that matches <paramref name="formSelector"/>, with some fields changed, and follows redirects.</summary>
    public async Task<WebPage> SubmitAsync(WebPage page, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}: {page.Document.Title}");
        return await SubmitAsync(page, form, values);
    }

    /// <summary>Submits one form of the page, with some fields changed, and follows redirects.</summary>
    public async Task<WebPage> SubmitAsync(WebPage page, IHtmlFormElement form, IDictionary<string, string>? values = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && !string.IsNullOrEmpty(box.Name):
                    fields.Add(new(box.Name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        return await FollowAsync(await Client.PostAsync(target, new FormUrlEncodedContent(fields)));
    }

    public async Task<WebPage> LoginAsync(string email, string password) =>
        await SubmitAsync(await GetAsync("/backoffice/login"), "form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<WebPage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && hops < 5; hops++)
        {
            response = await Client.GetAsync(new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!));
        }

        return new WebPage(response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()), response.RequestMessage!.RequestUri!);
    }
}
