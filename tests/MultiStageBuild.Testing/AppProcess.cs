using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace MultiStageBuild.Testing;

/// <summary>
/// The real app as its own operating-system process (<c>dotnet MultiStageBuild.Web.dll --urls ...</c>), Production
/// environment, on a free loopback port: to kill it the way a crash or an OOM killer would (SIGKILL, no shutdown code
/// runs), or to time a cold start.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stopwatch _sinceLaunch;
    private readonly string? _folder;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress, string? folder)
    {
        _process = process;
        _sinceLaunch = new Stopwatch();
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The web app the project reference copied next to the running assembly: the same build as the code under test.</summary>
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "MultiStageBuild.Web.dll");

    /// <summary>The last lines the app wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(40));

    /// <summary>Starts <see cref="AppPath"/> on <paramref name="databasePath"/> and a free port, and waits until <c>/healthz</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var app = Launch(AppPath, databasePath);
            try
            {
                await app.WaitForOkAsync("/healthz", cancellationToken);
                return app;
            }
            catch (InvalidOperationException) when (attempt < 3 && app._process.HasExited)
            {
                // Most likely someone took the port between our probe and the app's bind: try another.
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Starts the app in <paramref name="assembly"/> without waiting for it, on <paramref name="databasePath"/> or, when
    /// null, on a new database in a temporary folder that goes with the process.
    /// </summary>
    public static AppProcess Launch(string assembly, string? databasePath = null)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"No build of the app at {assembly}.", assembly);
        }

        var folder = databasePath is null ? Directory.CreateTempSubdirectory("multistagebuild-process-").FullName : null;
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { assembly, "--urls", address.GetLeftPart(UriPartial.Authority) },
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Presets"] = $"Data Source={databasePath ?? Path.Combine(folder!, "presets.db")}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, address, folder);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        app._sinceLaunch.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns the milliseconds since the process was launched.</summary>
    public async Task<double> WaitForOkAsync(string path, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before {path} answered:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(path, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return _sinceLaunch.Elapsed.TotalMilliseconds;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(5, cancellationToken);
        }

        throw new TimeoutException($"{path} did not answer 200 within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{Output}");
    }

    /// <summary>SIGKILL on Linux (TerminateProcess on Windows): the app gets no chance to flush, checkpoint or close anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            while (_output.Count > 200 && _output.TryDequeue(out _))
            {
            }
        }
    }

    /// <summary>The <c>dotnet</c> that runs these tests (the SDK passes it on), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
