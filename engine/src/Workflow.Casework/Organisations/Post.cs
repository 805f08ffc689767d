namespace Workflow.Casework;

/// <summary>
/// A post (岗位). <paramref name="Code"/> is the string that definitions put in a task's candidate
/// (<c>{"post":"民政办","level":"township"}</c>), so it is usually the Chinese post name itself; <paramref name="Name"/>
/// is the longer label shown to people. See <see cref="StandardPosts"/>.
/// </summary>
public sealed record Post(string Code, string Name);
