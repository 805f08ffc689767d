using Workflow.Web.Api;
using Workflow.Web.Hosting;
using Workflow.Web.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.UseWorkflowDefaultUrls();

builder.Services.AddWorkflowEngine()
    .AddDefinitionFolder()
    .AddDurableRuntime(builder.Configuration)
    .AddDemoData();
builder.Services.AddWorkflowOperations();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ChineseProblemDetails.Customize);
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddWorkflowWeb();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();

app.MapWorkflowOperations();
app.MapDefinitionsApi();
app.MapInstancesApi();
app.MapTasksApi();
app.MapInboxApi();
app.MapAdminApi();
app.MapRazorPages();

app.Run();

/// <summary>Public so that <c>WebApplicationFactory&lt;Program&gt;</c> can start the host in tests.</summary>
public partial class Program;
