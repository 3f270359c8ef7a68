using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace IntegrationsNetz.Plugins.CaseMatching.Privacy;

/// <summary>A text with the words the personal-data check found wrapped in &lt;mark&gt;, each titled with why, so the manager sees what to rewrite.</summary>
public static class PersonalDataMarks
{
    public static IHtmlContent Render(string text, IReadOnlyList<PersonalDataFinding> findings)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var finding in findings.OrderBy(f => f.Start).Where(f => f.Start >= 0 && f.End <= text.Length))
        {
            if (finding.Start < at)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..finding.Start]));
            html.Append("<mark title=\"").Append(WebUtility.HtmlEncode(finding.Explanation)).Append("\">")
                .Append(WebUtility.HtmlEncode(text[finding.Start..finding.End])).Append("</mark>");
            at = finding.End;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
        return new HtmlString(html.ToString());
    }
}
