using System.Diagnostics;
using System.Text.Json;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Testing;

/// <summary>
/// A separate MCP server process built with the official TypeScript SDK (server.mjs beside this file) that serves
/// multi-stage-build as released Contree servers do: upstream's own Python function when its prompts.py is on this
/// machine, otherwise the served edition's template.
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
        var template = Path.Combine(Directory.CreateTempSubdirectory("contree-stand-in-").FullName, "template.json");
        var definition = MultiStageBuildPrompt.Definition;
        await File.WriteAllTextAsync(template, JsonSerializer.Serialize(new
        {
            template = definition.FindEdition(MultiStageBuildPrompt.ServedEdition)!.Template.Text,
            defaults = definition.Arguments.Where(a => a.HasDefault).ToDictionary(a => a.Name, a => a.DefaultValue),
        }), cancellationToken);

        var (process, line) = await NodeScript.StartAsync(Folder, "server.mjs", Path.Combine("@modelcontextprotocol", "sdk"), new Dictionary<string, string>
        {
            ["PORT"] = "0",
            ["STAND_IN_TEMPLATE"] = template,
            ["UPSTREAM_PROMPTS"] = UpstreamPrompts,
        }, cancellationToken);
        var port = int.Parse(line["listening on ".Length..]);
        return new ContreeStandIn(process, template, new Uri($"http://127.0.0.1:{port}/mcp"));
    }

    public async ValueTask DisposeAsync()
    {
        await NodeScript.StopAsync(_process);
        Directory.Delete(Path.GetDirectoryName(_templateFile)!, recursive: true);
    }
}
