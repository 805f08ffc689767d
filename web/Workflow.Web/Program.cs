using Workflow.Casework.Application;
using Workflow.Web.Accounts;
using Workflow.Web.Api;
using Workflow.Web.Api.Exports;
using Workflow.Web.Casework;
using Workflow.Web.Hosting;
using Workflow.Web.Operations;
using Workflow.Web.Security;
using Workflow.Web.Testing;

var builder = WebApplication.CreateBuilder(args);
builder.UseWorkflowDefaultUrls();
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = RequestSizeLimits.Documents);
LoopbackOnly.EnsureForTestingSwitches(builder.Configuration);

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
// The pages' one place for names (divisions, departments, users, items); registered here, at the root, because Ui.Support
// reads the API's types and the service registrations must not read Ui.Support back.
builder.Services.AddSingleton<Workflow.Web.Ui.Support.Names>();
builder.Services.AddSingleton<Workflow.Web.Ui.Support.StepHolders>();
builder.Services.AddWorkflowSecurity(builder.Configuration);
builder.Services.AddSignInRateLimit();
builder.Services.AddExportRateLimit();
builder.Services.AddWorkflowOpenApi();
builder.Services.AddReverseProxy(builder.Configuration);
// Last, because hosted services start in order: the timer pump starts once the definitions, organisation, routing
// rules and calendar are loaded, so no due timer meets a case whose definition or deadlines are not loaded yet.
builder.Services.AddWorkflowTimerPump();

var app = builder.Build();
app.UseReverseProxy();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestSizeLimits();
// After authentication: the export limit is per signed-in person (the sign-in limit is per address).
app.UseAccounts();
app.UseRateLimiter();
app.UseApiAntiforgery();

// Every route states who may call it; AccessPolicies.AnonymousRoutes lists the few that anyone may.
app.MapWorkflowOperations();
app.MapOpenApi(OpenApiDocument.Path).AllowAnonymous();

var signedIn = app.MapGroup("").RequireAuthorization(AccessPolicies.SignedIn);
signedIn.MapInstancesApi();
signedIn.MapTasksApi();
signedIn.MapInboxApi();
signedIn.MapApplicationsApi();
signedIn.MapDraftsApi();
signedIn.MapTaskOperationsApi();
signedIn.MapSupervisionApi();
signedIn.MapLedgerApi();
signedIn.MapExportsApi();
signedIn.MapPhrasesApi();
signedIn.MapApiReference();
signedIn.MapMessagesApi();
signedIn.MapDeputiesApi();

var administrator = app.MapGroup("").RequireAuthorization(AccessPolicies.Administrator);
administrator.MapDefinitionsApi();
administrator.MapAdminApi();
administrator.MapLedgerAdminApi();
administrator.MapDesignerApi();
administrator.MapAccountsApi();
administrator.MapGroup("").WithRequestSizeLimit(RequestSizeLimits.Documents).MapOrganisationApi();
administrator.MapTestingApi();
administrator.MapInboundAdminApi();
administrator.MapPhrasesAdminApi();
administrator.MapDashboardApi();

// Outside systems that cannot use the bus post here with their integration key (docs/messaging.md).
app.MapGroup("").RequireAuthorization(AccessPolicies.Integration).MapInboundApi();

app.MapRazorPages();

app.Run();

/// <summary>Public so that <c>WebApplicationFactory&lt;Program&gt;</c> can start the host in tests.</summary>
public partial class Program;
