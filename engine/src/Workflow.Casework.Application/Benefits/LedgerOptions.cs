namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// <c>Workflow:Casework:Ledger</c>: the monthly standards the ledger grants at, and when the 高龄津贴 rule runs.
/// <code>
/// "Ledger": {
///   "TekunBasicYuan": 806,                                        // 特困 基本生活标准 (domain S-02: at least 806 元)
///   "TekunCareYuan": { "unable": 1000, "partly": 400, "able": 100 }, // 照料护理标准 by the 生活自理能力评估 (selfCare)
///   "DeFactoChildYuan": 1300,                                     // 事实无人抚养儿童 基本生活补贴, per month
///   "DibaoPerMemberYuan": 700,                                    // 低保 per member when the case states no amount
///   "OldAgeRunHour": 1, "OldAgeRunEnabled": true,                 // 高龄津贴 免申即享: daily, China time
///   "OldAgeRunCheckInterval": "01:00:00"                          // how often the host looks whether the run is due
/// }
/// </code>
/// The defaults are stand-ins near Chongqing's published standards; each county sets its own.
/// </summary>
public sealed class LedgerOptions
{
    public const string Section = "Workflow:Casework:Ledger";

    public decimal TekunBasicYuan { get; set; } = 806m;

    /// <summary>The levels of the 生活自理能力评估 a 特困 case records in <c>selfCare</c>; <see cref="TekunCareYuan"/> has exactly these keys.</summary>
    public static readonly IReadOnlyList<string> SelfCareLevels = ["able", "partly", "unable"];

    /// <summary>By the assessment recorded in the case's <c>selfCare</c> variable: <c>unable</c> (完全不能自理), <c>partly</c>, <c>able</c>.</summary>
    public Dictionary<string, decimal> TekunCareYuan { get; set; } = new() { ["unable"] = 1000m, ["partly"] = 400m, ["able"] = 100m };

    public decimal DeFactoChildYuan { get; set; } = 1300m;

    public decimal DibaoPerMemberYuan { get; set; } = 700m;

    /// <summary>The hour of the day (China time) from which the daily 高龄津贴 run is due.</summary>
    public int OldAgeRunHour { get; set; } = 1;

    public bool OldAgeRunEnabled { get; set; } = true;

    /// <summary>
    /// How often the host looks whether today's run is due. An hour is plenty on a real clock; a host on an adjustable
    /// test clock, moved days ahead at once, looks more often so the run follows the clock.
    /// </summary>
    public TimeSpan OldAgeRunCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Exactly one non-negative standard per <see cref="SelfCareLevels"/> level: checked at start, so no level is paid 0 by a typo.</summary>
    public bool CareTiersValid() =>
        TekunCareYuan.Count == SelfCareLevels.Count && SelfCareLevels.All(l => TekunCareYuan.TryGetValue(l, out var yuan) && yuan >= 0);

    public static long Fen(decimal yuan) => (long)Math.Round(yuan * 100m, MidpointRounding.AwayFromZero);
}
