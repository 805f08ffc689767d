using Workflow.Casework.Application;

namespace Workflow.Web.Casework;

/// <summary>An ASP.NET Core upload as the casework's <see cref="FileUpload"/>: only the host knows multipart forms.</summary>
public static class FormFileUploads
{
    public static FileUpload ToUpload(this IFormFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileUpload(file.FileName, file.Length, file.OpenReadStream);
    }
}
