namespace Workflow.Web.Hosting.Demo;

/// <summary>A demo sign-in account: login name = <paramref name="UserId"/>, the demo password, and what the person does.</summary>
public sealed record DemoAccount(
    string Role,
    string DisplayName,
    string UserId,
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Departments);
