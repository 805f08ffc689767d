namespace Workflow.Casework;

/// <summary>
/// An administrative division with its national 12-digit code (统计用区划代码). <paramref name="Level"/> is one of
/// <c>province|city|district|township|village</c> (the engine's level names); <paramref name="ParentCode"/> is null
/// for the deployment's root. A 区 may hang directly under a province-level municipality (重庆), or under a
/// 地级市 (达州 → 县 → 乡镇 → 村).
/// </summary>
public sealed record Division(string Code, string Name, string Level, string? ParentCode);
