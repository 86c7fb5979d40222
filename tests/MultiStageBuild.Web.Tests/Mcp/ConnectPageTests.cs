using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Rendering;
using MultiStageBuild.Web.Components.Pages.Connect;
using MultiStageBuild.Web.Data;
using MultiStageBuild.Web.Mcp;
using MultiStageBuild.Web.Tests.Components;

namespace MultiStageBuild.Web.Tests.Mcp;

public sealed class ConnectPageTests : BunitContext
{
    private const string Url = "http://localhost/mcp";
    private readonly ListedPresets _presets = new();
    private readonly InProcessPresetChangeNotifier _changes = new();

    public ConnectPageTests()
    {
        Services.AddLogging();
        Services.AddSingleton<IPresetRepository>(_presets);
        Services.AddSingleton<IPresetChangeNotifier>(_changes);
        Services.AddSingleton(new PromptRenderService(InvocationTarget.Contree));
        Services.AddSingleton<McpCatalogue>();
        this.AddTestServices();
    }

    [Fact]
    public void ShowsThisInstancesEndpointInEverySnippet()
    {
        var page = Render<ConnectPage>();

        Assert.Equal(Url, page.Find("[data-testid=mcp-url]").TextContent);
        Assert.Equal($"claude mcp add --transport http multistagebuild {Url}", Snippet(page, "claude-code"));
        var vscode = JsonNode.Parse(Snippet(page, "vscode"))!["servers"]!["multistagebuild"]!;
        Assert.Equal("http", (string?)vscode["type"]);
        Assert.Equal(Url, (string?)vscode["url"]);
        Assert.Equal($"[mcp_servers.multistagebuild]\nurl = \"{Url}\"", Snippet(page, "codex"));
        Assert.Equal($"npx @modelcontextprotocol/inspector --cli {Url} --method prompts/list", Snippet(page, "inspector"));
    }

    [Fact]
    public void CopyingASnippetFallsBackToSelectedTextWhenTheClipboardIsRefused()
    {
        JSInterop.Setup<bool>("designer.copyText", _ => true).SetResult(false);
        var page = Render<ConnectPage>();

        page.Find("[data-snippet=codex] button").Click();

        Assert.Contains("url = ", page.Find("#snippet-fallback-codex").TextContent);
        JSInterop.VerifyInvoke("designer.selectText");
    }

    [Fact]
    public async Task TryItListsTheServedPromptsAndFollowsPresetChanges()
    {
        var page = Render<ConnectPage>();
        Assert.Equal(["multi-stage-build"], page.FindAll("code.prompt-name").Select(c => c.TextContent));

        var saved = _presets.Add("Team Poetry");
        await _changes.PublishAsync([new PresetChange(saved.Id, saved.Name, RevisionKind.Created, 1, "test")]);

        page.WaitForAssertion(() => Assert.Equal(
            ["multi-stage-build", "multi-stage-build.team-poetry"], page.FindAll("code.prompt-name").Select(c => c.TextContent)));
    }

    private static string Snippet(IRenderedComponent<ConnectPage> page, string id) =>
        page.Find($"[data-snippet={id}] pre").TextContent;

    /// <summary>Just enough of a store for the catalogue: the live presets it exports.</summary>
    private sealed class ListedPresets : IPresetRepository
    {
        private readonly List<StoredPreset> _presets = [];

        public StoredPreset Add(string name)
        {
            var now = DateTimeOffset.UtcNow;
            var preset = new StoredPreset(Guid.NewGuid(), new PresetDraft(name, "", [], ArgumentSet.Empty.With("install_cmd", "poetry install")), 1, now, "test", now, "test", null)
            {
                Slug = PresetSlugs.Of(name),
            };
            _presets.Add(preset);
            return preset;
        }

        public Task<IReadOnlyList<StoredPreset>> ExportAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StoredPreset>>([.. _presets]);

        public Task<PresetPage> SearchAsync(PresetQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<StoredPreset?> FindAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<StoredPreset?> FindByNameAsync(string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> CreateAsync(PresetDraft draft, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> UpdateAsync(Guid id, PresetDraft draft, VersionMatch expected, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> DeleteAsync(Guid id, VersionMatch expected, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> RestoreAsync(Guid id, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> SetProtectedAsync(Guid id, bool isProtected, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<PresetRevision>> RevisionsAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<SaveResult> RestoreRevisionAsync(Guid id, int version, Actor author, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ImportOutcome> ImportAsync(IReadOnlyList<PresetDraft> drafts, ImportClash onClash, Actor author, bool dryRun, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
