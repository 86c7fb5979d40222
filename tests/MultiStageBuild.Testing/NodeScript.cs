using System.Diagnostics;

namespace MultiStageBuild.Testing;

/// <summary>
/// A Node server the tests start from a folder of this repository holding a package-lock.json: its packages
/// installed with <c>npm ci</c> when missing, the script started, and its first line on standard output (where the
/// script says it is listening) read before anyone talks to it.
/// </summary>
public static class NodeScript
{
    /// <summary>Starts <paramref name="script"/> in <paramref name="folder"/>; returns the process and its first line.</summary>
    public static async Task<(Process Process, string FirstLine)> StartAsync(
        string folder, string script, string installedPackage, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        await InstallAsync(folder, installedPackage, cancellationToken);
        var start = new ProcessStartInfo("node", script) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            await process.WaitForExitAsync(cancellationToken);
            lock (errors)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode} before listening: {errors}");
            }
        }

        // Later output is not read by anyone: drain it so the script never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        return (process, line);
    }

    /// <summary>Ends a process <see cref="StartAsync"/> started, and waits for it.</summary>
    public static async Task StopAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    // One install at a time across test processes: the web and browser tests may start together.
    private static async Task InstallAsync(string folder, string installedPackage, CancellationToken cancellationToken)
    {
        // npm writes its record of the installed tree last: a folder of a package may exist while npm ci still fills it.
        bool Installed() => Directory.Exists(Path.Combine(folder, "node_modules", installedPackage)) && File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json"));
        if (Installed())
        {
            return;
        }

        await using var installLock = await LockAsync(Path.Combine(Path.GetTempPath(), $"{Path.GetFileName(folder)}-npm.lock"), cancellationToken);
        if (Installed())
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder })!;
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {folder} failed with exit code {npm.ExitCode}.");
        }
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }
}
