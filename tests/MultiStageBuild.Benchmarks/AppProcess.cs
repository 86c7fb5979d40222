using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Benchmarks;

/// <summary>The app as its own process (`dotnet MultiStageBuild.Web.dll`), Production, on a free loopback port, with a new temp database.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly string _folder;
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(5) };

    private AppProcess(string folder, Process process, Stopwatch clock, Uri baseAddress) =>
        (_folder, _process, _clock, BaseAddress) = (folder, process, clock, baseAddress);

    public Uri BaseAddress { get; }

    /// <summary>The Release build of the app, as `dotnet build -c Release` (and this harness's build) leaves it.</summary>
    public static string BuildOutput => Path.Combine(RepositoryRoot.Path, "src", "MultiStageBuild.Web", "bin", "Release", "net10.0", "MultiStageBuild.Web.dll");

    public static AppProcess Start(string assembly)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"No build of the app at {assembly}; run the harness with -c Release.", assembly);
        }

        var folder = Directory.CreateTempSubdirectory("multistagebuild-process-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Presets"] = $"Data Source={Path.Combine(folder, "presets.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(folder, process, clock, address);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns ms since the process started.</summary>
    public async Task<double> WaitForOkAsync(string path)
    {
        var url = new Uri(BaseAddress, path);
        while (_clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before answering {url}.");
            }

            try
            {
                using var response = await _client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return _clock.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{url} did not answer 200 within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
