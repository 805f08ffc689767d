namespace Workflow.Web.Ui.Support;

/// <summary>A message box: a title and a sentence, styled as an error, a warning or a success.</summary>
public sealed record MessageBox(string Title, string? Detail, string Kind)
{
    public const string Error = "error";
    public const string Success = "success";
    public const string Warning = "warning";
}
