using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Workflow.Casework.Application;

/// <summary>
/// The file store for attachments: a local folder (default <c>./data/files</c>). Files are written under their
/// attachment id, never under a name the client chose, so an upload cannot reach outside the folder. An upload is
/// streamed to a temporary file (hashed as it goes, stopped past the size limit), and only a file whose row is
/// written is kept under its id.
/// </summary>
public sealed class AttachmentFiles(IOptions<CaseworkOptions> options)
{
    private const int HeadBytes = 8;

    public string Folder { get; } = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.FilesPath)
        ? Path.Combine("data", "files")
        : options.Value.FilesPath);

    public string PathOf(string attachmentId) => Path.Combine(Folder, attachmentId);

    /// <summary>Streams <paramref name="content"/> to a temporary file; null (and nothing left behind) past <paramref name="maxBytes"/>.</summary>
    public async Task<StoredFile?> ReceiveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new List<byte>(HeadBytes);
        long size = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using (var file = File.Create(temporary))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        break;
                    }
                    head.AddRange(buffer.Take(Math.Min(read, HeadBytes - head.Count)));
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            if (size > maxBytes)
            {
                File.Delete(temporary);
                return null;
            }
            return new StoredFile(temporary, size, [.. head], Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Keeps a received file under its attachment id.</summary>
    public void Keep(StoredFile file, string attachmentId)
    {
        ArgumentNullException.ThrowIfNull(file);
        File.Move(file.TemporaryPath, PathOf(attachmentId), overwrite: true);
    }

    /// <summary>Removes a received or kept file whose row was never written.</summary>
    public static void Discard(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
