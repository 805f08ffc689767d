using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// Keeps every log entry the host writes, as text: the rendered message, each structured value and each scope value,
/// so a test can check both what a log carries and what it must never carry.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values, string? Exception)
    {
        /// <summary>Everything the entry would put in a log sink.</summary>
        public string AllText => string.Join(" | ", new[] { Message, Exception ?? "" }.Concat(Values.Select(v => $"{v.Key}={v.Value}")));
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>();
            Collect(state, values, "");
            owner._scopes.ForEachScope((scope, v) => Collect(scope, v, "scope."), values);
            owner.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }

        private static void Collect(object? state, Dictionary<string, string?> values, string prefix)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values[prefix + key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else if (state is not null)
            {
                values[prefix + values.Count] = state.ToString();
            }
        }
    }
}
