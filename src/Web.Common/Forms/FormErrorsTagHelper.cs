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

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = FormErrors.For(ViewContext.ModelState, Key);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "errors");
        output.Attributes.SetAttribute("role", "alert");
        var heading = new TagBuilder("p");
        heading.InnerHtml.Append(ToolkitTexts.Get("FormNotSaved"));
        var list = new TagBuilder("ul");
        foreach (var message in messages)
        {
            var item = new TagBuilder("li");
            item.InnerHtml.Append(message);
            list.InnerHtml.AppendHtml(item);
        }

        output.Content.AppendHtml(heading);
        output.Content.AppendHtml(list);
    }
}
