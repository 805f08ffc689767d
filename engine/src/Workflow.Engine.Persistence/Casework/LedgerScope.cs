namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Which ledger rows a caller may list: entitlements in one of <paramref name="AreaPrefixes"/> (division code prefixes;
/// empty string: everywhere), restricted ones (child protection) only when <paramref name="SeesRestricted"/>.
/// </summary>
public sealed record LedgerScope(IReadOnlyList<string> AreaPrefixes, bool SeesRestricted);
