using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Casework.Application;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Serialization;
using Workflow.Web.Casework;
using Workflow.Engine.Persistence.DefinitionDocuments;

namespace Workflow.Web.Definitions;

/// <summary>
/// Drafts and versions of workflow definitions, for the administrator's pages. A draft is saved with its validation
/// problems listed; publishing validates again and adds the draft as the next version (one above the highest in the
/// catalog or the database) to the catalog, where running cases stay on the version they started with. Only
/// administrators change anything. Other hosts learn of a version published here when they restart.
/// </summary>
public sealed partial class DefinitionVersions(DefinitionDocumentStore store, InMemoryDefinitionCatalog catalog, TimeProvider time)
{
    public async Task<IReadOnlyList<DefinitionListing>> ListAsync(CancellationToken cancellationToken)
    {
        var documents = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var fromDatabase = documents.Where(d => !d.IsDraft).ToDictionary(d => (d.DefinitionId, d.Version));
        var drafts = documents.Where(d => d.IsDraft).ToDictionary(d => d.DefinitionId, StringComparer.Ordinal);
        var published = catalog.All().GroupBy(d => d.DefinitionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return published.Keys.Union(drafts.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var versions = published.GetValueOrDefault(id) ?? [];
                var draft = drafts.GetValueOrDefault(id);
                var infos = versions.OrderBy(v => v.Version).Select(v =>
                {
                    var row = fromDatabase.GetValueOrDefault((id, v.Version));
                    return new DefinitionVersionInfo(v.Version, v.Name, v.NodesById.Count - 1, row is not null, row?.SavedBy, row?.SavedAt);
                }).ToList();
                var name = versions.OrderBy(v => v.Version).LastOrDefault()?.Name ?? (draft is null ? null : NameOf(draft.Json));
                return new DefinitionListing(id, name, infos, draft);
            })
            .ToList();
    }

    /// <summary>The draft if there is one, else the latest published version; null for an unknown definition.</summary>
    public async Task<(string Json, DefinitionDocument? Draft)?> WorkingCopyAsync(string definitionId, CancellationToken cancellationToken)
    {
        if (await store.FindDraftAsync(definitionId, cancellationToken).ConfigureAwait(false) is { } draft)
        {
            return (draft.Json, draft);
        }
        return catalog.Find(definitionId, null) is { } latest ? (DefinitionWriter.Write(latest), null) : null;
    }

    /// <summary>A published version's Elsa JSON, or the draft's when <paramref name="version"/> is null.</summary>
    public async Task<string?> ExportAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            return (await store.FindDraftAsync(definitionId, cancellationToken).ConfigureAwait(false))?.Json;
        }
        return catalog.Find(definitionId, version) is { } definition && definition.Version == version ? DefinitionWriter.Write(definition) : null;
    }

    /// <summary>Saves <paramref name="json"/> as the draft of <paramref name="definitionId"/>; JSON that cannot be read is not stored.</summary>
    public async Task<DefinitionSaveResult> SaveDraftAsync(Caller caller, string definitionId, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Refuse(caller, definitionId) is { } refused)
        {
            return refused;
        }
        var read = DefinitionReader.Read(json ?? "");
        var document = read.Definition?.Document;
        var problems = DefinitionProblems.From(read.Errors, document);
        if (read.Definition is not { } definition)
        {
            return DefinitionSaveResult.Refused(definitionId,
                Rejection.Invalid($"Expected a workflow definition in Elsa 3 JSON, but it cannot be read (无法读取流程定义): {problems.FirstOrDefault()?.Message}"), problems);
        }
        if (definition.DefinitionId != definitionId)
        {
            return DefinitionSaveResult.Refused(definitionId,
                Rejection.Invalid($"Expected definitionId '{definitionId}', but the document says '{definition.DefinitionId}' (流程标识不一致).", "definitionId"), problems);
        }
        await store.SaveDraftAsync(definitionId, DefinitionWriter.Write(definition.Document), caller.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new DefinitionSaveResult(definitionId, DefinitionStates.DraftVersion, problems);
    }

    /// <summary>An Elsa 3 file becomes the draft of the definition it names (a new one, or the next version of a known one).</summary>
    public Task<DefinitionSaveResult> ImportAsync(Caller caller, string json, CancellationToken cancellationToken)
    {
        string? id = null;
        try
        {
            id = (JsonNode.Parse(json ?? "") as JsonObject)?["definitionId"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        }
        catch (JsonException)
        {
            // The reader says where the JSON is broken; that message is the one to show.
        }
        if (id is null)
        {
            var read = DefinitionReader.Read(json ?? "");
            var problems = DefinitionProblems.From(read.Errors, null);
            return Task.FromResult(DefinitionSaveResult.Refused("",
                Rejection.Invalid($"Expected an Elsa 3 definition with a definitionId, but {(problems.Count > 0 ? problems[0].Message : "it has none")} (导入文件缺少流程标识或格式错误).", "definitionId"), problems));
        }
        return SaveDraftAsync(caller, id, json!, cancellationToken);
    }

    /// <summary>A new definition's first draft: a start and an end, connected.</summary>
    public Task<DefinitionSaveResult> CreateAsync(Caller caller, string definitionId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (catalog.Find(definitionId ?? "", null) is not null)
        {
            return Task.FromResult(DefinitionSaveResult.Refused(definitionId ?? "",
                Rejection.Conflict($"Expected a new definition id, but '{definitionId}' already exists (流程标识已存在).")));
        }
        return SaveDraftAsync(caller, definitionId ?? "", NewDocument(definitionId ?? "", name).ToJsonString(), cancellationToken);
    }

    public async Task<DefinitionSaveResult> PublishAsync(Caller caller, string definitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Refuse(caller, definitionId) is { } refused)
        {
            return refused;
        }
        if (await store.FindDraftAsync(definitionId, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return DefinitionSaveResult.Refused(definitionId,
                Rejection.InvalidState($"Expected a draft of '{definitionId}' to publish, but there is none (没有可发布的草稿)."));
        }
        var next = Math.Max(catalog.Find(definitionId, null)?.Version ?? 0, await store.MaxPublishedVersionAsync(definitionId, cancellationToken).ConfigureAwait(false)) + 1;
        var now = time.GetUtcNow();
        var document = (JsonObject)JsonNode.Parse(draft.Json)!;
        document["id"] = $"{definitionId}-v{next.ToString(CultureInfo.InvariantCulture)}";
        document["version"] = next;
        document["createdAt"] = now.ToString("O", CultureInfo.InvariantCulture);
        document["isLatest"] = true;
        document["isPublished"] = true;
        var json = DefinitionWriter.Write(document);
        var read = DefinitionReader.Read(json);
        var problems = DefinitionProblems.From(read.Errors, read.Definition?.Document);
        if (!read.IsValid)
        {
            return DefinitionSaveResult.Refused(definitionId,
                Rejection.Invalid($"Expected a draft without errors, but it has {problems.Count(p => p.IsError)} (草稿未通过校验，不能发布)."), problems);
        }
        if (!await store.PublishAsync(new DefinitionDocument(definitionId, next, DefinitionStates.Published, json, caller.Id, now), cancellationToken).ConfigureAwait(false))
        {
            return DefinitionSaveResult.Refused(definitionId,
                Rejection.Conflict($"Expected to publish version {next} of '{definitionId}', but someone published it first; reload and publish again (版本已被他人发布)."));
        }
        catalog.Publish(read.Definition!);
        return new DefinitionSaveResult(definitionId, next, problems);
    }

    /// <summary>Compares two versions; null stands for the draft. Null when either side does not exist.</summary>
    public async Task<DefinitionDiff?> DiffAsync(string definitionId, int? from, int? to, CancellationToken cancellationToken)
    {
        var before = await ExportAsync(definitionId, from, cancellationToken).ConfigureAwait(false);
        var after = await ExportAsync(definitionId, to, cancellationToken).ConfigureAwait(false);
        return before is null || after is null ? null
            : DefinitionDiffer.Compare((JsonObject)JsonNode.Parse(before)!, (JsonObject)JsonNode.Parse(after)!);
    }

    private static DefinitionSaveResult? Refuse(Caller caller, string definitionId)
    {
        if (!caller.IsAdministrator)
        {
            return DefinitionSaveResult.Refused(definitionId, Rejection.Forbidden($"Expected '{caller.Id}' to be an administrator (系统管理员), but they are not."));
        }
        return definitionId is null || !DefinitionIdPattern().IsMatch(definitionId)
            ? DefinitionSaveResult.Refused(definitionId ?? "", Rejection.Invalid(
                $"Expected a definition id of letters, digits, '-', '_' or '.', at most 100 characters, but got '{definitionId}' (流程标识只能由字母、数字和 - _ . 组成).", "definitionId"))
            : null;
    }

    private static string? NameOf(string json)
    {
        try
        {
            return JsonNode.Parse(json)?["name"] is JsonValue v && v.TryGetValue<string>(out var name) ? name : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject NewDocument(string definitionId, string name) => new()
    {
        ["id"] = $"{definitionId}-draft",
        ["definitionId"] = definitionId,
        ["name"] = string.IsNullOrWhiteSpace(name) ? definitionId : name.Trim(),
        ["version"] = 1,
        ["variables"] = new JsonArray(),
        ["root"] = new JsonObject
        {
            ["id"] = "flowchart",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray(
                Activity("start", "Elsa.Start", "开始", 40, 40, new JsonObject { ["canStartWorkflow"] = true }),
                Activity("end", "Elsa.End", "办结", 40, 240, new JsonObject())),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = "end", ["port"] = "In" },
            }),
        },
    };

    private static JsonObject Activity(string id, string type, string name, int x, int y, JsonObject custom) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["version"] = 1,
        ["name"] = name,
        ["customProperties"] = custom,
        ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = y } } },
    };

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}$")]
    private static partial Regex DefinitionIdPattern();
}
