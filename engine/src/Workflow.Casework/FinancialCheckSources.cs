namespace Workflow.Casework;

/// <summary>
/// The sources a 家庭经济状况核对 asks (domain scenario 1, step 3): each answers for its own records, so the window
/// never asks the applicant for a certificate the system can query.
/// </summary>
public static class FinancialCheckSources
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("public-security", "公安：户籍与车辆"),
        ("hrss", "人社：社保与就业"),
        ("housing", "住建：不动产登记"),
        ("market", "市场监管：工商登记"),
        ("bank", "银行：存款与理财"),
        ("medical-insurance", "医保：参保与医疗费用"),
        ("rural", "乡村振兴：防返贫监测"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;
}
