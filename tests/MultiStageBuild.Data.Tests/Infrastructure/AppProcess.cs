using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>
/// The real app as its own operating-system process (<c>dotnet MultiStageBuild.Web.dll --urls ...</c>) on a given
/// database file, so a test can kill it the way a crash or an OOM killer would: SIGKILL, no shutdown code runs.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The web app the project reference copied next to this test assembly: the same build as the code under test.</summary>
    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "MultiStageBuild.Web.dll");

    /// <summary>The last lines the app wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(40));

    /// <summary>Starts the app on <paramref name="databasePath"/> and a free port, and waits until <c>/healthz</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(string databasePath, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var app = Launch(databasePath, FreePort());
            try
            {
                await app.WaitHealthyAsync(cancellationToken);
                return app;
            }
            catch (InvalidOperationException) when (attempt < 3 && app._process.HasExited)
            {
                // Most likely someone took the port between our probe and the app's bind: try another.
                await app.DisposeAsync();
            }
        }
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
        return ValueTask.CompletedTask;
    }

    private static AppProcess Launch(string databasePath, int port)
    {
        if (!File.Exists(AppPath))
        {
            throw new FileNotFoundException($"The web app is not next to the tests at {AppPath}; build the test project.", AppPath);
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { AppPath, "--urls", address.GetLeftPart(UriPartial.Authority) },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Presets"] = $"Data Source={databasePath}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Record(e.Data);
        process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it was healthy:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The app did not answer /healthz within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
