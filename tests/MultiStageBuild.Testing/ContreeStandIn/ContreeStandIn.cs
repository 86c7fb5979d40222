using System.Diagnostics;
using System.Text.Json;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Testing;

/// <summary>
/// A separate MCP server process built with the official TypeScript SDK (server.mjs beside this file) that serves
/// multi-stage-build as released Contree servers do: upstream's own Python function when its prompts.py is on this
/// machine, otherwise the served edition's template. Installs its packages with <c>npm ci</c> when they are missing.
/// </summary>
public sealed class ContreeStandIn : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _templateFile;

    private ContreeStandIn(Process process, string templateFile, Uri endpoint)
    {
        _process = process;
        _templateFile = templateFile;
        Endpoint = endpoint;
    }

    /// <summary>The server's Streamable HTTP endpoint on 127.0.0.1.</summary>
    public Uri Endpoint { get; }

    /// <summary>Whether the text comes from upstream's Python function rather than the template.</summary>
    public static bool UsesUpstream => File.Exists(UpstreamPrompts);

    private static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "MultiStageBuild.Testing", "ContreeStandIn");

    private static string UpstreamPrompts => Environment.GetEnvironmentVariable("UPSTREAM_PROMPTS")
        ?? Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "upstream", "contree-mcp-0.1.5", "prompts.py"));

    public static async Task<ContreeStandIn> StartAsync(CancellationToken cancellationToken)
    {
        await InstallAsync(cancellationToken);
        var template = Path.Combine(Directory.CreateTempSubdirectory("contree-stand-in-").FullName, "template.json");
        var definition = MultiStageBuildPrompt.Definition;
        await File.WriteAllTextAsync(template, JsonSerializer.Serialize(new
        {
            template = definition.FindEdition(MultiStageBuildPrompt.ServedEdition)!.Template.Text,
            defaults = definition.Arguments.Where(a => a.HasDefault).ToDictionary(a => a.Name, a => a.DefaultValue),
        }), cancellationToken);

        var start = new ProcessStartInfo("node", "server.mjs") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PORT"] = "0";
        start.Environment["STAND_IN_TEMPLATE"] = template;
        start.Environment["UPSTREAM_PROMPTS"] = UpstreamPrompts;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The stand-in server exited with {(process.WaitForExit(1000) ? process.ExitCode : -1)} before listening.");
        var port = int.Parse(line["listening on ".Length..]);
        return new ContreeStandIn(process, template, new Uri($"http://127.0.0.1:{port}/mcp"));
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(Path.GetDirectoryName(_templateFile)!, recursive: true);
    }

    // One install at a time across test processes: the web and browser tests may start together.
    private static async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@modelcontextprotocol", "sdk")))
        {
            return;
        }

        await using var installLock = await LockAsync(Path.Combine(Path.GetTempPath(), "contree-stand-in-npm.lock"), cancellationToken);
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@modelcontextprotocol", "sdk")))
        {
            return;
        }

        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Folder })!;
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed with exit code {npm.ExitCode}.");
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
