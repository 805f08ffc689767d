namespace Workflow.Casework.Application;

/// <summary>An uploaded file as the host received it: the name the client gave, the declared length, and its content.</summary>
public sealed record FileUpload(string? FileName, long Length, Func<Stream> OpenReadStream);
