using Workflow.Web.Accounts;
using Workflow.Web.Api;
using Workflow.Web.Casework;
using Workflow.Web.Hosting;
using Workflow.Web.Operations;
using Workflow.Web.Testing;

var builder = WebApplication.CreateBuilder(args);
builder.UseWorkflowDefaultUrls();

builder.Services.AddAdjustableClockIfEnabled(builder.Configuration);
builder.Services.AddWorkflowEngine()
    .AddDefinitionFolder()
    .AddDurableRuntime(builder.Configuration)
    .AddCasework()
    .AddDemoData();
builder.Services.AddWorkflowOperations();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ChineseProblemDetails.Customize);
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddWorkflowWeb();
builder.Services.AddWorkflowOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseAccounts();

app.MapWorkflowOperations();
app.MapDefinitionsApi();
app.MapInstancesApi();
app.MapTasksApi();
app.MapInboxApi();
app.MapAdminApi();
app.MapApplicationsApi();
app.MapTaskOperationsApi();
app.MapOrganisationApi();
app.MapSupervisionApi();
app.MapTestingApi();
app.MapOpenApi(OpenApiDocument.Path);
app.MapRazorPages();

app.Run();

/// <summary>Public so that <c>WebApplicationFactory&lt;Program&gt;</c> can start the host in tests.</summary>
public partial class Program;
