using System.Diagnostics;
using System.Reflection;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// The app as `dotnet publish -c Release` lays it out (the publish static-asset manifest: br and gzip variants,
/// immutable caching), in a temp folder: what a deployment serves. A build output carries gzip only, so the
/// published layout is the one the first-load target is read from.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private readonly string _folder;

    private PublishedApp(string folder) => _folder = folder;

    /// <summary>The configuration this harness, and with it the app it references, was built in.</summary>
    public static string Configuration { get; } =
        typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("The harness was built without an assembly configuration attribute.");

    public string Assembly => Path.Combine(_folder, "MultiStageBuild.Web.dll");

    /// <summary>Publishes the build of the app this harness was built with, in its configuration (no rebuild).</summary>
    public static async Task<PublishedApp> PublishAsync()
    {
        var folder = Directory.CreateTempSubdirectory("multistagebuild-publish-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var arg in new[] { "publish", Path.Combine("src", "MultiStageBuild.Web", "MultiStageBuild.Web.csproj"), "-c", Configuration, "--no-build", "-o", folder, "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}): {await output}{await error}");
        }

        return new PublishedApp(folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
