namespace Workflow.Cli;

/// <summary>The command line itself is wrong; reported with the usage text and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
