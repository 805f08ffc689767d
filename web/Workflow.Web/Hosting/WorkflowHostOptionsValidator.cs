using Microsoft.Extensions.Options;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>A definitions folder named in configuration must exist: a typo should stop the host, not start it empty.</summary>
internal sealed class WorkflowHostOptionsValidator(IHostEnvironment environment) : IValidateOptions<WorkflowHostOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowHostOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DefinitionsPath))
        {
            return ValidateOptionsResult.Success;
        }
        var folder = Path.GetFullPath(options.DefinitionsPath, environment.ContentRootPath);
        return Directory.Exists(folder)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Workflow:DefinitionsPath 指定的目录不存在: {folder}");
    }
}
