using System.Net.Sockets;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using MultiStageBuild.Core.Comparison;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Check;

/// <summary>
/// Calls <c>prompts/list</c> and <c>prompts/get</c> on a configured MCP server with the official client and compares
/// the text with the preview's render. Only servers in <see cref="DesignerOptions.Servers"/> are ever called.
/// </summary>
public sealed class McpServerCheck(DesignerOptions options, ILoggerFactory loggers)
{
    /// <summary>How long a whole check may take before it is reported as timed out.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(options.CheckTimeoutSeconds);

    /// <summary>The servers a check may call, in the configured order.</summary>
    public IReadOnlyList<CheckServer> Servers => options.Servers;

    /// <summary>The configured server called <paramref name="name"/>, or <c>null</c>.</summary>
    public CheckServer? Find(string name) => options.Servers.FirstOrDefault(s => s.Name == name);

    /// <summary>Gets the prompt from <paramref name="server"/> with <paramref name="render"/>'s arguments and compares it.</summary>
    public async Task<ServerCheckResult> CheckAsync(CheckServer server, RenderResult render, CancellationToken cancellationToken)
    {
        if (!render.Succeeded)
        {
            throw new ArgumentException("The render has errors: there is nothing to compare.", nameof(render));
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var prompts = (IReadOnlyList<ServerPrompt>)[];
        var connected = false;
        try
        {
            var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = new Uri(server.Url), TransportMode = HttpTransportMode.StreamableHttp }, loggers);
            await using var client = await McpClient.CreateAsync(transport, new McpClientOptions(), loggers, deadline.Token);
            connected = true;
            var listed = await client.ListPromptsAsync(cancellationToken: deadline.Token);
            prompts = [.. listed.Select(p => new ServerPrompt(p.Name, p.Description,
                [.. (p.ProtocolPrompt.Arguments ?? []).Select(a => new ServerPromptArgument(a.Name, a.Description, a.Required == true))]))];
            var name = render.Definition.Name;
            if (prompts.All(p => p.Name != name))
            {
                return Result(server, render, ServerCheckStatus.NoPrompt,
                    $"{server.Name} serves no {name} prompt; it lists {(prompts.Count == 0 ? "no prompts" : string.Join(", ", prompts.Select(p => p.Name)))}.", prompts);
            }

            var arguments = render.Definition.Arguments.ToDictionary(a => a.Name, a => (object?)render.Arguments.Effective(a));
            var got = await client.GetPromptAsync(name, arguments, cancellationToken: deadline.Token);
            var text = string.Join("\n", got.Messages.Select(m => m.Content is TextContentBlock block ? block.Text : ""));
            var match = EditionMatch.Of(text, render);
            return match.Matched is { } edition
                ? Result(server, render, ServerCheckStatus.Identical, $"{server.Name} returns exactly the {edition.Label} edition ({edition.Id}) for these arguments.", prompts, text, match)
                : Result(server, render, ServerCheckStatus.Different,
                    $"{server.Name} returns a text that matches no edition: the lines below show how it differs from the {render.Edition.Label} edition the preview shows.", prompts, text, match);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(server, render, ServerCheckStatus.TimedOut, $"{server.Name} ({server.Url}) did not answer within {Timeout.TotalSeconds:0} seconds.", prompts);
        }
        catch (McpProtocolException error) when (connected)
        {
            return Result(server, render, ServerCheckStatus.ErrorResult, $"{server.Name} answered prompts/get with an error: {error.Message}", prompts);
        }
        catch (HttpRequestException error) when (error.InnerException is SocketException)
        {
            return Result(server, render, ServerCheckStatus.Unreachable, $"Nothing answers at {server.Url}: {error.InnerException.Message}. Is {server.Name}'s MCP server running?", prompts);
        }
        catch (Exception error) when (!connected && error is HttpRequestException or McpException or System.Text.Json.JsonException or InvalidOperationException or IOException)
        {
            return Result(server, render, ServerCheckStatus.NotMcp, $"{server.Url} answered, but not as an MCP server: {error.Message}", prompts);
        }
    }

    private static ServerCheckResult Result(CheckServer server, RenderResult render, ServerCheckStatus status, string message,
        IReadOnlyList<ServerPrompt> prompts, string? text = null, EditionMatch? match = null) =>
        new(server.Name, server.Url, status, message, render.Edition.Id, match?.Matched?.Id, text, match?.Diff ?? [], prompts);
}
