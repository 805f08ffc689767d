using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Api;

/// <summary>The two answers every casework endpoint gives before it does anything: "who are you" and "not yours".</summary>
public static class CallerEndpoint
{
    public static ProblemHttpResult Unauthenticated() => RejectionProblemDetails.Unauthenticated();

    public static ProblemHttpResult NotFound(string what, string id) =>
        Rejection.NotFound($"Expected to find {what} '{id}' in the caller's scope, but there is none.").ToProblem();
}
