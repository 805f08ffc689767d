using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Reflection;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The real web host (web/Workflow.Web, as built) in a process of its own on a free 127.0.0.1 port, configured by
/// command-line settings. It can be stopped (SIGTERM), killed (SIGKILL) and started again on the same settings.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private const int OutputLines = 3000;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public WebHostProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        _settings = settings;
    }

    public string Name { get; }

    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<WebHostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var host = new WebHostProcess(name, settings);
        await host.StartAsync();
        return host;
    }

    /// <summary>Starts the process and returns once <c>/health/ready</c> answers 200 (database migrated, bus connected).</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"Host {Name} is already running.");
        }
        Port = FreePort.Next();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Metadata("WebHostAssembly"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.GetLeftPart(UriPartial.Authority));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(Metadata("WebHostContentRoot"));
        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        Keep($"---- {Name}: start on port {Port} ----");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Wait.UntilAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Host {Name} exited with {process.ExitCode} while starting.\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync("health/ready");
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, StartTimeout, () => $"host {Name} to be ready on port {Port}.\n{Output}");
    }

    /// <summary>SIGKILL: the process gets no chance to flush, finish a request or close a connection.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
        await process.WaitForExitAsync();
        Keep($"---- {Name}: killed ----");
        process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as a service manager stops it; SIGKILL if it has not exited after 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }
        if (!process.HasExited)
        {
            await SendTermAsync(process.Id);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        Keep($"---- {Name}: stopped ----");
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > OutputLines && _output.TryDequeue(out _))
        {
        }
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static string Metadata(string key) =>
        typeof(WebHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");

    /// <summary>.NET can only SIGKILL another process; kill(1) sends the polite signal.</summary>
    private static async Task SendTermAsync(int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        await kill.WaitForExitAsync();
    }
}
