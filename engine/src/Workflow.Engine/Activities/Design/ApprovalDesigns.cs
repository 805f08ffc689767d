using System.Text.Json.Nodes;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Design;

/// <summary>The designer's view of our approval activities (<c>Gov.*</c>), over the defaults their compilers apply.</summary>
internal static class ApprovalDesigns
{
    /// <summary>The level codes with their Chinese names (<see cref="AdministrativeLevelNames"/>), lowest office first.</summary>
    private static readonly IReadOnlyList<FieldChoice> Levels =
        [.. Enum.GetValues<AdministrativeLevel>().Select(l => new FieldChoice(l.Code(), l.Chinese()))];

    private static readonly SettingField TimeLimit = new("timeLimit", "办理时限（工作日）", "timeLimit", FieldEditor.Number) { TypeName = "Int32" };

    /// <summary>A time limit counted in <see cref="TimeLimitUnitField"/>'s unit (issue 11).</summary>
    private static readonly SettingField TimeLimitInUnit = new("timeLimit", "办理时限", TimeLimitReader.LimitInput, FieldEditor.Number) { TypeName = "Int32" };

    /// <summary>工作日 / 自然日 / 小时 (<see cref="TimeLimitUnits"/>); absent means working days.</summary>
    private static readonly SettingField TimeLimitUnitField = new("timeLimitUnit", "时限单位", TimeLimitReader.UnitInput, FieldEditor.Choice)
    {
        Default = TimeLimitUnit.WorkingDays.Code(),
        Choices = [.. Enum.GetValues<TimeLimitUnit>().Select(u => new FieldChoice(u.Code(), u.Label()))],
    };

    /// <summary>One chain level as <see cref="ApprovalCompilers.ApprovalChain"/> reads it: level, post, title, limit and unit.</summary>
    private static readonly IReadOnlyList<SettingField> ChainLevelColumns =
    [
        new("level", "层级", "level", FieldEditor.Choice) { Default = AdministrativeLevel.Township.Code(), Choices = Levels },
        new("post", "办理岗位", "post", FieldEditor.Text),
        new("title", "任务标题", "title", FieldEditor.Text),
        TimeLimitInUnit,
        TimeLimitUnitField,
    ];

    private static readonly string Township = AdministrativeLevel.Township.Code();
    private static readonly string District = AdministrativeLevel.District.Code();

    public static ActivityDesign ApprovalTask { get; } = new()
    {
        Group = PaletteGroup.Approval,
        AwaitsDecision = true,
        Ports = PortRule.FromInputList("outcomes", ApprovalCompilers.DefaultTaskOutcomes),
        Defaults =
        [
            InputDefault.Literal("title", "String", "新审批环节"),
            InputDefault.Object("candidate", new JsonObject { ["post"] = "民政办", ["level"] = Township }),
            InputDefault.Literal("timeLimit", "Int32", "5"),
            InputDefault.Object("outcomes", new JsonArray("approve", "reject")),
        ],
        Fields =
        [
            new("title", "任务标题", "title", FieldEditor.Text),
            new("post", "办理岗位", "candidate", FieldEditor.Text) { Property = "post" },
            new("level", "办理层级", "candidate", FieldEditor.Choice) { Property = "level", Default = Township, Choices = Levels },
            TimeLimitInUnit,
            TimeLimitUnitField,
            new("outcomes", "办理结果（逗号分隔）", "outcomes", FieldEditor.List) { Fallback = ApprovalCompilers.DefaultTaskOutcomes },
            new("commentRequiredFor", "须填意见的结果", "commentRequiredFor", FieldEditor.OutcomeSet) { Fallback = ApprovalCompilers.DefaultCommentRequired },
            new("mode", "签署方式", "mode", FieldEditor.Choice)
            {
                Default = SignModes.Single, Choices = [.. SignModes.Labels.Select(l => new FieldChoice(l.Key, l.Value))],
            },
            new("threshold", "票签通过票数（整数）或比例（0–1）", "threshold", FieldEditor.Text),
            new("signers", "指定签署人（用户标识，逗号分隔；留空为该岗位全部人员）", "signers", FieldEditor.List),
        ],
    };

    public static ActivityDesign ApprovalChain { get; } = new()
    {
        Group = PaletteGroup.Approval,
        AwaitsDecision = true,
        Ports = PortRule.Fixed(ApprovalChainBehavior.Ports),
        Defaults =
        [
            InputDefault.Literal("serviceItem", "String", "dibao"),
            InputDefault.Object("levels", new JsonArray(new JsonObject
            {
                ["level"] = Township, ["post"] = "民政办", ["title"] = "乡镇审核", ["timeLimit"] = 5,
            })),
        ],
        Fields =
        [
            new("serviceItem", "服务事项", "serviceItem", FieldEditor.Text),
            new("levels", "审批层级", "levels", FieldEditor.Table) { Columns = ChainLevelColumns },
            new("commentRequiredFor", "须填意见的结果", "commentRequiredFor", FieldEditor.OutcomeSet) { Fallback = ApprovalCompilers.DefaultCommentRequired },
        ],
    };

    public static ActivityDesign Referral { get; } = new()
    {
        Group = PaletteGroup.Approval,
        AwaitsDecision = true,
        Ports = PortRule.FromInputList("outcomes", ApprovalCompilers.DefaultReplyOutcomes),
        Defaults =
        [
            InputDefault.Literal("title", "String", "部门协办"),
            InputDefault.Object("department", new JsonObject { ["code"] = "district-education", ["name"] = "区教育局", ["level"] = District }),
            InputDefault.Literal("timeLimit", "Int32", "10"),
            InputDefault.Object("outcomes", new JsonArray("approve", "reject")),
        ],
        Fields =
        [
            new("title", "任务标题", "title", FieldEditor.Text),
            new("departmentCode", "部门代码", "department", FieldEditor.Text) { Property = "code" },
            new("departmentName", "部门名称", "department", FieldEditor.Text) { Property = "name" },
            new("departmentLevel", "部门层级", "department", FieldEditor.Choice) { Property = "level", Default = District, Choices = Levels },
            TimeLimit,
            new("outcomes", "答复结果（逗号分隔）", "outcomes", FieldEditor.List) { Fallback = ApprovalCompilers.DefaultReplyOutcomes },
        ],
    };

    /// <summary>随访: a visit task every N calendar days, N times; each visit may have its own time limit and unit.</summary>
    public static ActivityDesign FollowUpVisits { get; } = new()
    {
        Group = PaletteGroup.Approval,
        AwaitsDecision = true,
        Ports = PortRule.Fixed(FollowUpVisitsBehavior.Ports),
        Defaults =
        [
            InputDefault.Literal("title", "String", "随访"),
            InputDefault.Object("candidate", new JsonObject { ["post"] = "儿童主任", ["level"] = AdministrativeLevel.Village.Code() }),
            InputDefault.Literal("everyDays", "Int32", "30"),
            InputDefault.Literal("times", "Int32", "3"),
        ],
        Fields =
        [
            new("title", "随访标题", "title", FieldEditor.Text),
            new("post", "随访岗位", "candidate", FieldEditor.Text) { Property = "post" },
            new("level", "随访层级", "candidate", FieldEditor.Choice) { Property = "level", Default = AdministrativeLevel.Village.Code(), Choices = Levels },
            new("everyDays", "随访间隔（自然日）", "everyDays", FieldEditor.Number) { TypeName = "Int32" },
            new("times", "随访次数", "times", FieldEditor.Number) { TypeName = "Int32" },
            TimeLimitInUnit with { Label = "每次随访时限" },
            TimeLimitUnitField,
        ],
    };

    public static ActivityDesign PublicNotice { get; } = new()
    {
        Group = PaletteGroup.Approval,
        Ports = PortRule.Fixed(PublicNoticeBehavior.Ports),
        Defaults = [InputDefault.Literal("title", "String", "公示"), InputDefault.Literal("days", "Int32", "7")],
        Fields =
        [
            new("title", "公示标题", "title", FieldEditor.Text),
            new("days", "公示天数", "days", FieldEditor.Number) { TypeName = "Int32" },
        ],
    };
}
