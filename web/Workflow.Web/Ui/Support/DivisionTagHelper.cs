using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// <c>&lt;division code="500113102001" /&gt;</c> renders <c>&lt;span title="500113102001"&gt;桂花村&lt;/span&gt;</c>: the name to read,
/// the code on hover for whoever must quote it.
/// </summary>
[HtmlTargetElement("division", Attributes = "code", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DivisionTagHelper(Names names) : TagHelper
{
    public string? Code { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "division");
        if (!string.IsNullOrEmpty(Code))
        {
            output.Attributes.SetAttribute("title", Code);
        }
        output.Content.SetContent(names.Division(Code));
    }
}
