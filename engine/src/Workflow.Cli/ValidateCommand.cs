using Workflow.Engine.Validation;

namespace Workflow.Cli;

/// <summary><c>wf validate FILE...</c>: every problem with its JSON path; exit 1 if any file has an error.</summary>
internal static class ValidateCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var lenient = args.Contains("--lenient");
        var files = args.Where(a => a != "--lenient").ToList();
        if (files.Count == 0)
        {
            throw new UsageException("validate 需要至少一个文件。");
        }
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            throw new UsageException($"未知选项 '{unknown}'。");
        }
        var failed = false;
        foreach (var file in files)
        {
            var result = DefinitionFile.Load(file);
            var problems = result.Errors;
            var errors = problems.Count(p => p.Severity == ErrorSeverity.Error);
            if (problems.Count == 0)
            {
                output.WriteLine($"{file}: 通过 (valid)");
                continue;
            }
            foreach (var p in problems)
            {
                var severity = p.Severity == ErrorSeverity.Error && !lenient ? "错误" : "警告";
                (p.Severity == ErrorSeverity.Error && !lenient ? error : output).WriteLine($"{file}: {severity} {p.Path}: {p.Message} [{p.Code}]");
            }
            if (errors > 0 && !lenient)
            {
                failed = true;
                error.WriteLine($"{file}: 未通过，{errors} 个错误 (invalid: {errors} error(s))");
            }
            else
            {
                output.WriteLine($"{file}: 通过，{problems.Count} 个警告 (valid with {problems.Count} warning(s))");
            }
        }
        return failed ? 1 : 0;
    }
}
