using IntegrationsNetz.Web.Common.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrationsNetz.Web.Common.Forms;

/// <summary>
/// <c>&lt;form-errors key="new-goal" /&gt;</c> at the top of a form: all messages of that form as an alert, or
/// nothing. Several forms share a page, so the host's validation summary (which lists everything) does not fit.
/// </summary>
[HtmlTargetElement("form-errors", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormErrorsTagHelper : TagHelper
{
    public string Key { get; set; } = string.Empty;

    /// <summary>
    /// The line above the list; the toolkit's German one when not given (public forms pass the reader's language).
    /// Not a string: Razor would hand a string attribute over HTML-encoded, and it would be encoded twice.
    /// </summary>
    public Microsoft.Extensions.Localization.LocalizedString? Heading { get; set; }

    /// <summary>
    /// Each message links to its field, whose id is the one asp-for gives ("Input.Email" becomes "Input_Email");
    /// only for forms whose fields all have such ids.
    /// </summary>
    public bool LinkFields { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = FormErrors.ByField(ViewContext.ModelState, Key);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "errors");
        output.Attributes.SetAttribute("role", "alert");
        // It is there only after a failed post: focus goes to it (no script needed), so keyboard and screen-reader
        // users start at the list of what to fix rather than at the top of the page.
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        var heading = new TagBuilder("p");
        heading.InnerHtml.Append(Heading?.Value ?? ToolkitTexts.Get("FormNotSaved"));
        var list = new TagBuilder("ul");
        foreach (var (key, message) in messages)
        {
            var item = new TagBuilder("li");
            if (LinkFields && key != Key)
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(key, "_");
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }
            else
            {
                item.InnerHtml.Append(message);
            }

            list.InnerHtml.AppendHtml(item);
        }

        output.Content.AppendHtml(heading);
        output.Content.AppendHtml(list);
    }
}
