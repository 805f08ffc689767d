using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Workflow.Casework.Application;
using Workflow.Engine.Calendar;
using Workflow.Engine.Ports;
using Workflow.Web.Casework;
using Workflow.Web.Hosting;
using Workflow.Web.Hosting.Settings;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/calendar</c>: the working-day calendar in force (years, holiday blocks, make-up working days, local
/// closures). A local closure added here is written, after validation by the calendar's own reader, to
/// <c>local-closures.json</c> in the calendar folder the host reads at start-up (<c>Workflow:CalendarPath</c>, else
/// <c>&lt;DataFolder&gt;/calendar</c>). The calendar is built once at start-up so that every deadline of a run uses one
/// calendar version; the page says so: the closure counts from the next restart.
/// </summary>
public sealed class CalendarModel(
    CallerResolver callers,
    IWorkingCalendar calendar,
    IOptions<WorkflowHostOptions> hostOptions,
    IOptions<PersistenceHostOptions> persistenceOptions) : AdminPageModel(callers)
{
    public const string ClosuresFile = "local-closures.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public HolidayCalendar? Holidays => calendar as HolidayCalendar;

    public string Folder => hostOptions.Value.CalendarPath is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.GetFullPath(Path.Combine(persistenceOptions.Value.DataFolder, "calendar"));

    /// <summary>Closures in the file that the running calendar does not have yet (added since start-up).</summary>
    public IReadOnlyList<LocalClosure> Pending { get; private set; } = [];

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<CalendarDataError> Errors { get; private set; } = [];

    public void OnGet(bool saved)
    {
        Load();
        if (saved)
        {
            Message = new MessageBox("已保存停止办公安排", $"已写入 {Path.Combine(Folder, ClosuresFile)}，系统重启后计入办理时限。", MessageBox.Success);
        }
    }

    public async Task<IActionResult> OnPostClosureAsync(string? division, string? name, string? from, string? to, string? notice, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Folder, ClosuresFile);
        var document = System.IO.File.Exists(file)
            ? JsonNode.Parse(await System.IO.File.ReadAllTextAsync(file, cancellationToken)) as JsonObject ?? new JsonObject()
            : new JsonObject { ["$comment"] = "由管理员在“工作日历”页面添加的地方停止办公安排。" };
        var closures = document["closures"] as JsonArray ?? [];
        document["closures"] = closures;
        closures.Add(new JsonObject
        {
            ["division"] = division?.Trim(),
            ["name"] = name?.Trim(),
            ["from"] = from,
            ["to"] = to,
            ["notice"] = notice?.Trim(),
            ["effectiveFrom"] = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var json = document.ToJsonString(Indented);
        if (Validate(json) is { Count: > 0 } errors)
        {
            Load();
            Errors = errors;
            Message = new MessageBox("未保存", "停止办公安排有误，请按提示修改。", MessageBox.Error);
            return Page();
        }
        Directory.CreateDirectory(Folder);
        await System.IO.File.WriteAllTextAsync(file, json, cancellationToken);
        return Redirect("/admin/calendar?saved=true");
    }

    /// <summary>The reader checks the shape, building a calendar checks the rest (codes, date order, overlaps).</summary>
    private static IReadOnlyList<CalendarDataError> Validate(string json)
    {
        var read = CalendarSources.ReadJson(json, ClosuresFile);
        if (!read.Succeeded)
        {
            return read.Errors;
        }
        try
        {
            HolidayCalendar.Create([CalendarSources.Shipped, .. read.Documents]);
            return [];
        }
        catch (CalendarDataException ex)
        {
            return ex.Errors;
        }
    }

    private void Load()
    {
        var file = Path.Combine(Folder, ClosuresFile);
        if (!System.IO.File.Exists(file))
        {
            return;
        }
        var read = CalendarSources.ReadJson(System.IO.File.ReadAllText(file), ClosuresFile);
        var active = Holidays?.Closures ?? [];
        Pending = read.Documents.SelectMany(d => d.Closures).Where(c => !active.Contains(c)).ToList();
    }
}
