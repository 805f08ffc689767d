using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Simulation;
using Workflow.Engine.Validation;

namespace Workflow.Cli;

/// <summary>
/// <c>wf simulate FILE</c>: runs the definition in memory and prints one line per WriteLine (<c>line:</c>), per
/// activity completion (<c>step:</c>), the final <c>status:</c>, and the open bookmarks when suspended.
/// </summary>
internal static class SimulateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        var input = new JsonObject();
        var decisions = new Dictionary<string, string>(StringComparer.Ordinal);
        var untilEnd = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--until-end":
                    untilEnd = true;
                    break;
                case "--input":
                    var (key, value) = Pair(args, ++i, "--input");
                    input[key] = ParseValue(value);
                    break;
                case "--decide":
                    var (activity, outcome) = Pair(args, ++i, "--decide");
                    decisions[activity] = outcome;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"未知选项 '{option}'。");
                default:
                    file = file is null ? args[i] : throw new UsageException("simulate 只接受一个文件。");
                    break;
            }
        }
        if (file is null)
        {
            throw new UsageException("simulate 需要一个文件。");
        }

        var loaded = DefinitionFile.Load(file);
        if (!loaded.IsValid)
        {
            foreach (var p in loaded.Errors.Where(e => e.Severity == ErrorSeverity.Error))
            {
                error.WriteLine($"{file}: 错误 {p.Path}: {p.Message} [{p.Code}]");
            }
            error.WriteLine($"{file}: 定义未通过校验，无法模拟 (invalid definition).");
            return 1;
        }

        var result = await Simulator.RunAsync(loaded.Definition!, new SimulationOptions { Input = input, Decisions = decisions, UntilEnd = untilEnd });
        Print(result, output);
        return result.SubStatus == WorkflowSubStatus.Faulted ? 3 : 0;
    }

    private static void Print(SimulationResult result, TextWriter output)
    {
        // Lines and steps are printed in the order they happened.
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case LineWritten line:
                    output.WriteLine($"line: {line.Text}");
                    break;
                case ActivityExecuted step:
                    output.WriteLine($"step: {step.NodeId} {step.ActivityType} -> {string.Join(",", step.Outcomes)}");
                    break;
                case IncidentRecorded incident:
                    output.WriteLine($"incident: {incident.Code} {incident.Message}");
                    break;
            }
        }
        var status = result.SubStatus switch
        {
            WorkflowSubStatus.Finished => "Finished",
            WorkflowSubStatus.Suspended => "Suspended",
            var other => $"Finished ({other})",
        };
        output.WriteLine($"status: {status}");
        foreach (var b in result.OpenBookmarks)
        {
            var due = b.DueAt is { } d ? $" due {d:yyyy-MM-dd HH:mm}" : "";
            output.WriteLine($"bookmark: {b.BookmarkId} {b.Kind} {b.ActivityId} {b.Name}{due}".TrimEnd());
        }
    }

    private static (string Key, string Value) Pair(string[] args, int index, string option)
    {
        if (index >= args.Length || args[index].IndexOf('=', StringComparison.Ordinal) is var eq && eq <= 0)
        {
            throw new UsageException($"{option} 需要 名称=值 形式的参数。");
        }
        return (args[index][..eq], args[index][(eq + 1)..]);
    }

    /// <summary>A value that reads as JSON (a number, true, an object) is taken as such; anything else is a string.</summary>
    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
