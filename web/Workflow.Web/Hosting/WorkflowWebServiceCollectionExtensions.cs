using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Workflow.Web.Accounts;
using Workflow.Web.Definitions;
using Workflow.Web.Queries;

namespace Workflow.Web.Hosting;

/// <summary>The web side: JSON and HTML encoding that keep Chinese readable, strict request binding, pages, queries.</summary>
public static class WorkflowWebServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowWeb(this IServiceCollection services)
    {
        // UnicodeRanges.All leaves Chinese as is but still escapes <, >, & and quotes.
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Outside Development a body that cannot be bound gets an empty 400; throwing sends it to
        // BadRequestExceptionHandler instead, so every environment answers with the same ProblemDetails.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddRazorPages(o => o.RootDirectory = "/Ui");
        services.TryAddSingleton<WorkflowQueries>();
        services.AddAccounts();
        services.AddDefinitionVersions();
        return services;
    }
}
