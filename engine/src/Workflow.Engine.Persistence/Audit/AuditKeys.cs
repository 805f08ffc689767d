using System.Security.Cryptography;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// The audit chains' key, kept outside the database: base64 text of at least <see cref="AuditChain.MinimumKeyBytes"/>
/// random bytes, given in configuration (an environment variable or secret store) or in a key file readable only by
/// the host's account. Every host of one database, and <c>wf verify-audit</c>, must use the same key.
/// </summary>
public static class AuditKeys
{
    /// <summary>The key in <paramref name="base64"/>; <paramref name="source"/> names it in the error.</summary>
    public static byte[] Parse(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException($"审计密钥 {source} 不是 base64 文本。");
        }
        return key.Length >= AuditChain.MinimumKeyBytes
            ? key
            : throw new ArgumentException($"审计密钥 {source} 太短：至少 {AuditChain.MinimumKeyBytes} 字节，实际 {key.Length} 字节。");
    }

    /// <summary>The key in the file, or null when there is no such file.</summary>
    public static byte[]? ReadFile(string path) => File.Exists(path) ? Parse(File.ReadAllText(path), path) : null;

    /// <summary>Writes a new random key to <paramref name="path"/>, readable and writable by its owner only.</summary>
    public static byte[] CreateFile(string path)
    {
        var key = RandomNumberGenerator.GetBytes(AuditChain.MinimumKeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(key));
        }
        return key;
    }
}
