using Workflow.Engine.Serialization;
using Workflow.Engine.Validation;

namespace Workflow.Cli;

/// <summary>Reads a definition file from disk, turning I/O failures into readable errors too.</summary>
internal static class DefinitionFile
{
    public static DefinitionLoadResult Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Problem("FileNotFound", $"文件不存在: {path}");
            }
            if (info.Length > DefinitionReader.MaxFileBytes)
            {
                return Problem("FileTooLarge", $"文件大小 {info.Length / 1024.0 / 1024.0:0.0} MB 超过上限 {DefinitionReader.MaxFileBytes / 1024 / 1024} MB (file too large).");
            }
            return DefinitionReader.Read(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Problem("FileUnreadable", $"无法读取文件 {path}: {ex.Message}");
        }
    }

    private static DefinitionLoadResult Problem(string code, string message) => new(null, [new DefinitionError("$", code, message)]);
}
