namespace Workflow.Casework.Application.Cover;

/// <summary>
/// The caller's leave cover: what they arranged (<paramref name="Mine"/>), whom they cover (<paramref name="Covering"/>),
/// and whom they may name (<paramref name="Eligible"/>: id and name, the same office).
/// </summary>
public sealed record DeputyOverview(IReadOnlyList<DeputyView> Mine, IReadOnlyList<DeputyView> Covering, IReadOnlyList<DeputyCandidate> Eligible);
