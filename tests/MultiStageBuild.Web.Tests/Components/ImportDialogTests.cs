using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Web.Components.Pages.Presets;
using MultiStageBuild.Web.Session;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>The import dialog against the real repository on a throw-away SQLite file, wired as the app wires it.</summary>
public sealed class ImportDialogTests : PresetStoreContext
{
    private static readonly TimeSpan DebouncedCheck = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task PreviewsCreatedAndSkippedCountsWithoutWriting()
    {
        await SeedAsync("Shop");
        var dialog = await ShowAsync();

        Paste(dialog, Document(Entry("Shop"), Entry("Docs"), Entry("Worker")));

        dialog.Provider.WaitForAssertion(() =>
        {
            var preview = dialog.Provider.Find("[data-testid='import-preview']").TextContent;
            Assert.Contains("Creates 2, updates 0, skips 1.", preview);
            Assert.Contains("Skipped: Shop.", preview);
        }, DebouncedCheck);
        Assert.Empty(dialog.Provider.FindAll("[data-testid='import-errors']"));
        Assert.False(ApplyButton(dialog).HasAttribute("disabled"));
        Assert.Equal(1, (await Presets.SearchAsync(new PresetQuery(), Ct)).Total);
    }

    [Fact]
    public async Task ChoosingUpdatePreviewsUpdatesInsteadOfSkips()
    {
        await SeedAsync("Shop");
        var dialog = await ShowAsync();
        Paste(dialog, Document(Entry("Shop", test: "pytest -q"), Entry("Docs")));
        dialog.Provider.WaitForAssertion(() => Assert.Contains("skips 1.", dialog.Provider.Find("[data-testid='import-preview']").TextContent), DebouncedCheck);

        dialog.Provider.FindAll("input[type='radio']")[1].Click();

        dialog.Provider.WaitForAssertion(() =>
        {
            var preview = dialog.Provider.Find("[data-testid='import-preview']").TextContent;
            Assert.Contains("Creates 1, updates 1, skips 0.", preview);
            Assert.Contains("Updated: Shop.", preview);
        }, DebouncedCheck);
    }

    [Fact]
    public async Task AMalformedDocumentListsEveryEntrysErrorsAndCannotBeApplied()
    {
        var dialog = await ShowAsync();

        Paste(dialog, Document(
            Entry("Good"),
            Entry("good"),
            """{ "description": "no name", "args": { "source": "/srv/a" } }""",
            Entry("Relative", source: "src/app"),
            "42"));

        var errors = ImportErrors(dialog);
        Assert.Equal(["presets[1].name", "presets[2].name", "presets[3].args.source", "presets[4]"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("The name 'good' is already used by presets[0].", errors["presets[1].name"]);
        Assert.Contains("A preset needs a name.", errors["presets[2].name"]);
        Assert.Contains("'src/app' is relative", errors["presets[3].args.source"]);
        Assert.Contains("must be an object", errors["presets[4]"]);
        Assert.Empty(dialog.Provider.FindAll("[data-testid='import-preview']"));
        Assert.True(ApplyButton(dialog).HasAttribute("disabled"));
    }

    [Fact]
    public async Task ADuplicateNameAfterAnUnreadableEntryIsReportedAtItsOwnPosition()
    {
        var dialog = await ShowAsync();

        Paste(dialog, Document(Entry("Good"), """{ "description": "no name", "args": {} }""", Entry("good")));

        var errors = ImportErrors(dialog);
        Assert.Equal(["presets[1].name", "presets[2].name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("The name 'good' is already used by presets[0].", errors["presets[2].name"]);
    }

    [Fact]
    public async Task TextThatIsNotJsonSaysWhere()
    {
        var dialog = await ShowAsync();

        Paste(dialog, """{ "format": "multi-stage-build-presets", "version": 1, "presets": [ """);

        dialog.Provider.WaitForAssertion(() =>
            Assert.Contains("Not valid JSON at line 1", dialog.Provider.Find("[data-testid='import-errors']").TextContent), DebouncedCheck);
        Assert.True(ApplyButton(dialog).HasAttribute("disabled"));
    }

    [Theory]
    [InlineData(InvocationFormat.Invocation, "the invocation")]
    [InlineData(InvocationFormat.FullInvocation, "the invocation")]
    [InlineData(InvocationFormat.McpRequest, "the MCP request")]
    [InlineData(InvocationFormat.InspectorCli, "the Inspector command")]
    [InlineData(InvocationFormat.ClaudeCode, "the Claude Code command")]
    public async Task EveryInvocationTheDesignerCopiesIsReadAndSavedAsAPreset(InvocationFormat format, string readAs)
    {
        // Claude Code splits at spaces, so every value here is one word.
        var arguments = ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/shop").With(MultiStageBuildPrompt.InstallCommand, "true")
            .With(MultiStageBuildPrompt.BuildCommand, "make").With(MultiStageBuildPrompt.TestCommand, "tox");
        await Services.GetRequiredService<AuthorSession>().SetAsync("ada");
        var dialog = await ShowAsync();

        Paste(dialog, InvocationWriter.Write(format, MultiStageBuildPrompt.Definition, arguments, InvocationTarget.Contree, ""));

        dialog.Provider.WaitForAssertion(() =>
            Assert.Contains($"Read as {readAs};", dialog.Provider.Find("[data-testid='import-invocation']").TextContent), DebouncedCheck);
        Assert.False(ApplyButton(dialog).HasAttribute("disabled"));

        ApplyButton(dialog).Click();

        dialog.Provider.WaitForElement("#preset-name", DebouncedCheck).Input("Shop");
        dialog.Provider.Find("[data-testid='save-preset']").Click();
        dialog.Provider.WaitForAssertion(() => Assert.Empty(dialog.Provider.FindAll(".mud-dialog")), DebouncedCheck);
        var saved = await Presets.FindByNameAsync("Shop", Ct);
        Assert.Equal("/srv/shop", saved!.Draft.Arguments[MultiStageBuildPrompt.Source]);
        Assert.Equal("make", saved.Draft.Arguments[MultiStageBuildPrompt.BuildCommand]);
        Assert.Equal("tox", saved.Draft.Arguments[MultiStageBuildPrompt.TestCommand]);
    }

    [Fact]
    public async Task ASavedPresetsOwnPromptReadsAsThatPresetWithTheOverrides()
    {
        await SeedAsync("Shop");
        var stored = (await Presets.FindByNameAsync("Shop", Ct))!;
        var dialog = await ShowAsync();

        Paste(dialog, $$$"""{"prompt": "multi-stage-build.{{{stored.Slug}}}", "args": {"build_cmd": "make dist"}}""");

        dialog.Provider.WaitForAssertion(() => Assert.NotEmpty(dialog.Provider.FindAll("[data-testid='import-invocation']")), DebouncedCheck);
        Assert.Empty(dialog.Provider.FindAll("[data-testid='import-unreadable']"));
    }

    [Theory]
    [InlineData("hello there", "")]
    [InlineData("{\"prompt", "Not valid JSON at line 1")]
    public async Task TextThatIsNeitherAFileNorAnInvocationSaysWhatWasExpected(string text, string where)
    {
        var dialog = await ShowAsync();

        Paste(dialog, text);

        dialog.Provider.WaitForAssertion(() =>
        {
            var message = dialog.Provider.Find("[data-testid='import-unreadable']").TextContent;
            Assert.StartsWith(where, message);
            Assert.Contains("Expected a presets file exported from this page", message);
            Assert.Contains(InvocationReader.Formats(MultiStageBuildPrompt.Definition), message);
        }, DebouncedCheck);
        Assert.True(ApplyButton(dialog).HasAttribute("disabled"));
    }

    [Fact]
    public async Task AnInspectorLineThatCannotBeReadSaysWhy()
    {
        var dialog = await ShowAsync();

        Paste(dialog, "npx @modelcontextprotocol/inspector --cli http://h/mcp --method prompts/get --prompt-name multi-stage-build --prompt-args source=$HOME");

        dialog.Provider.WaitForAssertion(() =>
            Assert.Contains("'$' at character", dialog.Provider.Find("[data-testid='import-unreadable']").TextContent), DebouncedCheck);
        Assert.True(ApplyButton(dialog).HasAttribute("disabled"));
    }

    [Fact]
    public async Task ApplyingWritesThePreviewedPresetsAndClosesWithTheOutcome()
    {
        await SeedAsync("Shop");
        var dialog = await ShowAsync();
        Paste(dialog, Document(Entry("Shop"), Entry("Docs", test: "pytest docs")));
        dialog.Provider.WaitForAssertion(() => Assert.Contains("Creates 1", dialog.Provider.Find("[data-testid='import-preview']").TextContent), DebouncedCheck);

        ApplyButton(dialog).Click();

        var outcome = Assert.IsType<ImportOutcome>((await dialog.ResultAsync()).Data);
        Assert.Equal(["Docs"], outcome.Created);
        Assert.Equal(["Shop"], outcome.Skipped);
        var docs = await Presets.FindByNameAsync("Docs", Ct);
        Assert.Equal("pytest docs", docs!.Draft.Arguments[MultiStageBuildPrompt.TestCommand]);
        Assert.Equal(2, (await Presets.SearchAsync(new PresetQuery(), Ct)).Total);
    }

    private async Task SeedAsync(string name)
    {
        var draft = new PresetDraft(name, "", [], ArgumentSet.Empty.With(MultiStageBuildPrompt.Source, "/srv/app").With(MultiStageBuildPrompt.TestCommand, "pytest"));
        Assert.Equal(SaveStatus.Saved, (await Presets.CreateAsync(draft, "ada", Ct)).Status);
    }

    private Task<DialogHost> ShowAsync() => DialogHost.ShowAsync(this, new DialogParameters<ImportDialog>());

    private static void Paste(DialogHost dialog, string text) => dialog.Provider.Find("#import-text").Input(text);

    /// <summary>The listed errors by JSON path, once the debounced check has run.</summary>
    private static Dictionary<string, string> ImportErrors(DialogHost dialog)
    {
        dialog.Provider.WaitForAssertion(() => Assert.NotEmpty(dialog.Provider.FindAll("[data-testid='import-errors'] li")), DebouncedCheck);
        return dialog.Provider.FindAll("[data-testid='import-errors'] li").ToDictionary(li => li.QuerySelector("code")!.TextContent, li => li.TextContent);
    }

    private static AngleSharp.Dom.IElement ApplyButton(DialogHost dialog) => dialog.Provider.Find("[data-testid='apply-import']");

    private static string Entry(string name, string source = "/srv/app", string test = "pytest") =>
        $$"""{ "name": "{{name}}", "description": "", "tags": ["imported"], "args": { "source": "{{source}}", "install_cmd": "", "build_cmd": "", "test_cmd": "{{test}}" } }""";

    private static string Document(params string[] entries) =>
        $$"""{ "format": "{{PresetDocument.Format}}", "version": {{PresetDocument.Version}}, "presets": [ {{string.Join(", ", entries)}} ] }""";
}
