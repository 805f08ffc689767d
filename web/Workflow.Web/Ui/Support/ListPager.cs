namespace Workflow.Web.Ui.Support;

/// <summary>
/// The pager under a searched list (<c>_ListPager</c>): page <see cref="Page"/> of <see cref="Pages"/>, <see cref="Total"/>
/// rows in all, and the link to any page with the same filter.
/// </summary>
public sealed record ListPager(int Page, int Pages, int Total, Func<int, string> Href)
{
    /// <summary>A URL with the filter's non-blank values as its query (<c>/?item=dibao&amp;page=2</c>).</summary>
    public static string Link(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        path + QueryString.Create(query.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value!.Trim()))).ToUriComponent();
}
