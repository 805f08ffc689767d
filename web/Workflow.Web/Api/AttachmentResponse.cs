using Microsoft.Net.Http.Headers;

namespace Workflow.Web.Api;

/// <summary>
/// How an attachment is sent (issue 12): PDF and images open in the browser (<c>inline</c>) under the type recognised
/// at upload, anything else downloads as bytes; never sniffed, never cached, and under a CSP of its own that lets the
/// browser show the file and run nothing (an uploaded file is not a page of this site).
/// </summary>
public static class AttachmentResponse
{
    /// <summary>The file's own policy: its images and the PDF viewer, no script, no form, not framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase) { "application/pdf", "image/jpeg", "image/png" };

    public static bool OpensInline(string contentType) => InlineTypes.Contains(contentType);

    /// <summary>Sets the headers and answers the content type to send the file with.</summary>
    public static string Prepare(HttpResponse response, string fileName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(response);
        var inline = OpensInline(contentType);
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        // The plain name is for old clients; filename* carries the Chinese name.
        disposition.FileName = "attachment" + Path.GetExtension(fileName);
        disposition.FileNameStar = fileName;
        var headers = response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return inline ? contentType : "application/octet-stream";
    }
}
