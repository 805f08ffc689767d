using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// Saves a new version of the organisation or the routing rules: administrators only, and only changes in their own
/// area (<see cref="AdministrationScope"/>), validated whole (nothing is stored when one field is wrong), against the
/// version the editor read (a stale save is a 409), audited.
/// </summary>
public sealed class DocumentEditor(CaseworkStore store, CaseworkDirectory directory, TimeProvider time)
{
    public async Task<CaseworkOutcome<long>> SaveOrganisationAsync(Caller caller, long expectedVersion, ImportResult<Organisation> read, CancellationToken cancellationToken)
    {
        if (Refuse(caller) is { } refused)
        {
            return refused;
        }
        if (read.Value is not { } organisation)
        {
            return CaseworkOutcome<long>.Invalid(read.Errors.Select(e => new FieldError(e.Line is { } l ? $"{e.File}:{l}:{e.Field}" : e.Field, e.Message)).ToList());
        }
        if (AdministrationScope.RefuseOrganisationChange(caller.Subject, directory.Organisation, organisation) is { } outside)
        {
            return Rejection.Forbidden($"Expected changes inside '{caller.Id}''s own area, but: {outside}.");
        }
        var saved = await SaveAsync(caller, CaseworkDocuments.Organisation, expectedVersion, OrganisationJson.Write(organisation), cancellationToken).ConfigureAwait(false);
        if (saved.Value is { } version)
        {
            directory.Use(organisation, version);
        }
        return saved;
    }

    public async Task<CaseworkOutcome<long>> SaveRoutingAsync(Caller caller, long expectedVersion, string json, CancellationToken cancellationToken)
    {
        if (Refuse(caller) is { } refused)
        {
            return refused;
        }
        var read = RoutingRulesJson.Read(json, ServiceCatalogue.Builtin);
        if (read.Value is not { } routing)
        {
            return CaseworkOutcome<long>.Invalid(read.Errors.Select(e => new FieldError(e.Field, e.Message)).ToList());
        }
        if ((AdministrationScope.RefuseRoutingChange(caller.Subject, directory.Routing.Rules, routing.Rules)
            ?? AdministrationScope.RefuseInboundChange(caller.Subject, directory.Routing.Inbound, routing.Inbound)) is { } outside)
        {
            return Rejection.Forbidden($"Expected changes inside '{caller.Id}''s own area, but: {outside}.");
        }
        var saved = await SaveAsync(caller, CaseworkDocuments.RoutingRules, expectedVersion, RoutingRulesJson.Write(routing), cancellationToken).ConfigureAwait(false);
        if (saved.Value is { } version)
        {
            directory.Use(routing, version);
        }
        return saved;
    }

    private async Task<CaseworkOutcome<long>> SaveAsync(Caller caller, string name, long expectedVersion, string body, CancellationToken cancellationToken)
    {
        var audit = new CaseworkAuditEntry(Guid.NewGuid().ToString("N"), time.GetUtcNow(), caller.Id, "document.save", "document", name,
            $$"""{"expectedVersion":{{expectedVersion}}}""");
        return await store.SaveDocumentAsync(name, expectedVersion, body, audit, cancellationToken).ConfigureAwait(false) is { } version
            ? version
            : Rejection.Conflict($"Expected {name} to be at version {expectedVersion}, but someone saved a newer one; reload and edit again (数据已被他人修改).");
    }

    /// <summary>Administrators only; with no organisation yet, a caller with the administrator post may set it up.</summary>
    private static Rejection? Refuse(Caller caller) =>
        caller.IsAdministrator ? null : Rejection.Forbidden($"Expected '{caller.Id}' to be an administrator (系统管理员), but they are not.");
}
