using Microsoft.Extensions.Options;

namespace Workflow.Web.Casework;

/// <summary>
/// The file store for attachments: a local folder (default <c>./data/files</c>). Files are written under their
/// attachment id, never under a name the client chose, so an upload cannot reach outside the folder.
/// </summary>
public sealed class AttachmentFiles(IOptions<CaseworkOptions> options)
{
    public string Folder { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.FilesPath)
        ? Path.Combine("data", "files")
        : options.Value.FilesPath);

    public string PathOf(string attachmentId) => Path.Combine(Folder, attachmentId);

    /// <summary>Writes through a temporary file and renames, so a crash never leaves half a file under a real id.</summary>
    public async Task SaveAsync(string attachmentId, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = PathOf(attachmentId) + ".part";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, PathOf(attachmentId), overwrite: true);
    }
}
