namespace Workflow.Engine.Messaging.Contracts;

/// <summary>Queue names for departments, derived from their codes so every host and department agrees.</summary>
public static class DepartmentQueues
{
    public static string For(string departmentCode) => $"dept.{departmentCode}";
}
