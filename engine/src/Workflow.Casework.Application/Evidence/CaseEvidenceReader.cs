using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Evidence;

/// <summary>
/// Assembles <see cref="CaseEvidence"/> for a case the caller already sees (<see cref="CaseAccess"/>): the household, the
/// checks and the attachments come from the case's application (a case without one keeps its visit photos itself), read through <see cref="ApplicationReader"/> so the
/// access policy decides once; someone who sees it only to supervise gets the standards alone. Reading the masked
/// view is not audited (as the application's masked view is not); opening a file is (<see cref="AttachmentService.OpenAsync"/>).
/// </summary>
public sealed class CaseEvidenceReader(CaseworkStore store, ApplicationReader applications, IOptions<LedgerOptions> ledger)
{
    public async Task<CaseEvidence> ReadAsync(Caller caller, InstanceView instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(instance);
        var standards = ApplicableStandards.For(CaseValues.Text(instance.Input, CaseInputKeys.ServiceItem) ?? instance.DefinitionId, ledger.Value);
        if (instance.OnlyFacts)
        {
            return CaseEvidence.Standard(standards, onlyFacts: true);
        }
        var visits = instance.Tasks
            .Where(t => t.Status == TaskLifecycle.Completed && VisitSteps.IsVisit(t.Title))
            .OrderBy(t => t.ClosedAt)
            .Select(t => new EvidenceVisit(t.Title, t.ActorId, t.Outcome, t.Comment, t.ClosedAt))
            .ToList();
        if (CaseValues.Text(instance.Input, CaseInputKeys.ApplicationId) is not { } applicationId)
        {
            // A case without an application keeps its visit photos itself (AttachmentService.AddVisitPhotoAsync).
            var own = (await store.ListCaseAttachmentsAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false))
                .Select(a => (a.Kind, File: new EvidenceFile(a.Id, a.FileName, AttachmentKinds.NameOf(a.Kind), a.ContentType, a.SizeBytes, a.UploadedBy, a.UploadedAt,
                    AttachmentService.CaseFileUrl(instance.InstanceId, a.Id))))
                .ToList();
            return new CaseEvidence(null, [], [], visits, Photos(own), own.Select(f => f.File).ToList(), standards);
        }
        var (found, refused) = await applications.WithPersonalDataAsync(caller, applicationId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return CaseEvidence.Standard(standards, onlyFacts: refused is { Type: Engine.Runtime.Rejections.RejectionType.Forbidden }) with { Visits = visits };
        }
        var form = found.Body.Form;
        var household = new List<EvidenceMember>();
        if (form.Applicant is { } applicant)
        {
            household.Add(new EvidenceMember(applicant.Name ?? "", "申请人", PersonalDataMask.IdNumber(applicant.IdNumber)));
        }
        household.AddRange((form.Household ?? []).Select(m => new EvidenceMember(m.Name ?? "", m.Relation ?? "", PersonalDataMask.IdNumber(m.IdNumber))));
        var checks = (await store.ListChecksAsync(applicationId, cancellationToken).ConfigureAwait(false))
            .Select(c => new EvidenceCheck(FinancialCheckSources.NameOf(c.Source), CheckView.From(c).StatusName, FreeTextMask.Mask(Summary(c.Result)), c.RequestedAt, c.AnsweredAt))
            .ToList();
        var files = (await store.ListAttachmentsAsync(applicationId, cancellationToken).ConfigureAwait(false))
            .OrderBy(a => a.UploadedAt)
            .Select(a => (a.Kind, File: new EvidenceFile(a.Id, a.FileName, AttachmentKinds.NameOf(a.Kind), a.ContentType, a.SizeBytes, a.UploadedBy, a.UploadedAt,
                $"/api/applications/{Uri.EscapeDataString(applicationId)}/attachments/{Uri.EscapeDataString(a.Id)}")))
            .ToList();
        return new CaseEvidence(
            applicationId,
            household,
            checks,
            visits,
            Photos(files),
            files.Select(f => f.File).ToList(),
            standards);
    }

    private static List<EvidenceFile> Photos(IEnumerable<(string? Kind, EvidenceFile File)> files) =>
        files.Where(f => f.Kind == AttachmentKinds.VisitPhoto && f.File.IsImage).Select(f => f.File).ToList();

    /// <summary>A check's answer is stored as <c>{"summary": "..."}</c> (<see cref="FinancialCheckService.AnswerAsync"/>).</summary>
    private static string? Summary(string? result)
    {
        if (string.IsNullOrWhiteSpace(result))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(result) is JsonObject o && o["summary"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : result;
        }
        catch (System.Text.Json.JsonException)
        {
            return result;
        }
    }
}
