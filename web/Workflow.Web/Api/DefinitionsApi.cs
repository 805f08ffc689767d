using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Serialization;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>Published definitions: list, Elsa JSON export, and validation of an uploaded file.</summary>
public static class DefinitionsApi
{
    public static RouteGroupBuilder MapDefinitionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/definitions");
        api.MapGet("/", List);
        api.MapGet("/{definitionId}/{version:int}/json", ExportJson);
        api.MapPost("/validate", ValidateAsync);
        return api;
    }

    public static Ok<IReadOnlyList<DefinitionSummary>> List(WorkflowQueries queries) => TypedResults.Ok(queries.Definitions());

    public static Results<ContentHttpResult, ProblemHttpResult> ExportJson(string definitionId, int version, IDefinitionCatalog catalog)
    {
        if (catalog.Find(definitionId, version) is not { } definition)
        {
            return Rejection.NotFound($"Expected to find version {version} of definition '{definitionId}', but there is none.").ToProblem();
        }
        return TypedResults.Text(DefinitionWriter.Write(definition), "application/json; charset=utf-8");
    }

    /// <summary>
    /// The body is the Elsa JSON itself. 200 whether it is valid or not (the report says which, with JSON paths);
    /// 400 only when it cannot be read as a definition at all.
    /// </summary>
    public static async Task<Results<Ok<ValidationReport>, ProblemHttpResult>> ValidateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(request.Body, DefinitionReader.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        var result = DefinitionReader.Read(bytes);
        if (result.Definition is not { } definition)
        {
            return RejectionProblemDetails.UnreadableDefinition(result.Errors.Select(e => (e.Path, e.Message)));
        }
        return TypedResults.Ok(new ValidationReport(result.IsValid, definition.DefinitionId, definition.Version, result.Errors));
    }

    /// <summary>Reads at most one byte past <paramref name="limit"/>: enough for the reader to report the file as too large.</summary>
    private static async Task<byte[]> ReadCappedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
