using System.Globalization;

namespace Workflow.Engine.Bench;

/// <summary>Command line: <c>--instances N --warmup W --concurrency C --threads T</c>, also as <c>--name=value</c>.</summary>
internal sealed class Options
{
    public int Instances { get; private set; } = 2000;

    public int Warmup { get; private set; } = 200;

    /// <summary>Instances in flight in the multi-threaded run; 0 skips it.</summary>
    public int Concurrency { get; private set; } = 100;

    public int Threads { get; private set; } = Environment.ProcessorCount;

    public static Options? Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? value = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                value = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            if (arg is "--help" or "-h")
            {
                return Usage(null);
            }
            if (arg is not ("--instances" or "--warmup" or "--concurrency" or "--threads"))
            {
                return Usage($"unknown argument {args[i]}");
            }
            value ??= i + 1 < args.Length ? args[++i] : null;
            if (value is null || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return Usage($"{arg} needs a non-negative integer");
            }
            switch (arg)
            {
                case "--instances": options.Instances = number; break;
                case "--warmup": options.Warmup = number; break;
                case "--concurrency": options.Concurrency = number; break;
                default: options.Threads = number; break;
            }
        }
        if (options.Instances < 1)
        {
            return Usage("--instances must be at least 1");
        }
        if (options.Threads < 1)
        {
            return Usage("--threads must be at least 1");
        }
        return options;
    }

    private static Options? Usage(string? message)
    {
        if (message is not null)
        {
            Console.Error.WriteLine($"Workflow.Engine.Bench: {message}");
        }
        Console.Error.WriteLine("usage: Workflow.Engine.Bench [--instances N] [--warmup W] [--concurrency C] [--threads T]   (defaults: 2000, 200, 100, all cores; --concurrency 0 skips the multi-threaded run)");
        return null;
    }
}
