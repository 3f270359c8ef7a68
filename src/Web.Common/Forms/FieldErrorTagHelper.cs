using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrationsNetz.Web.Common.Forms;

/// <summary>
/// <c>field-errors="goal-….ReviewDate"</c> on a field: when that key has messages, the field is marked invalid and
/// the message follows it, tied by aria-describedby so screen readers read it with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = AttributeName, TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = AttributeName)]
[HtmlTargetElement("textarea", Attributes = AttributeName)]
[HtmlTargetElement("fieldset", Attributes = AttributeName)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public const string AttributeName = "field-errors";

    [HtmlAttributeName(AttributeName)]
    public string Key { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = FormErrors.Of(ViewContext.ModelState, Key);
        if (messages.Count == 0)
        {
            return;
        }

        var id = (output.Attributes.TryGetAttribute("id", out var idAttribute) ? idAttribute.Value?.ToString() : null)
            ?? TagBuilder.CreateSanitizedId(Key, "-");
        var errorId = $"{id}-error";
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} {errorId}" : errorId;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
        var message = new TagBuilder("span");
        message.Attributes["id"] = errorId;
        message.AddCssClass("field-error");
        message.InnerHtml.Append(string.Join(" ", messages));
        if (output.TagName == "fieldset")
        {
            // Inside, after the legend and the choices: a group has no single control to follow.
            output.PostContent.AppendHtml(message);
        }
        else
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.PostElement.AppendHtml(message);
        }
    }
}
