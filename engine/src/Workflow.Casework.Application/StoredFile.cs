namespace Workflow.Casework.Application;

/// <summary>An upload written to a temporary file: its size, first bytes (for the type check) and SHA-256.</summary>
public sealed record StoredFile(string TemporaryPath, long Size, byte[] Head, string Sha256);
