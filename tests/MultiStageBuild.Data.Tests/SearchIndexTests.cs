using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

/// <summary>The search index follows every write, in the same transaction, and matches what a plain substring test would.</summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private TestStore _store = null!;

    private IPresetRepository Repository => _store.Repository;

    public async ValueTask InitializeAsync() => _store = await TestStore.CreateAsync();

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    private async Task<string[]> NamesAsync(string? search = null, string? tag = null, bool trash = false) =>
        [.. (await Repository.SearchAsync(new PresetQuery(search, tag, Trash: trash), Ct)).Items.Select(p => p.Name)];

    [Fact]
    public async Task SearchFollowsAnArgumentValueThroughUpdateRenameDeleteAndRestore()
    {
        var created = await _store.SeedAsync(APreset("Rust crate").With(TestCommand, "cargo nextest run"));
        Assert.Equal(["Rust crate"], await NamesAsync("NEXTEST"));

        var updated = (await Repository.UpdateAsync(created.Id, created.Draft with { Arguments = created.Draft.Arguments.With(TestCommand, "cargo miri test") }, 1, "ada", Ct)).Preset!;
        Assert.Empty(await NamesAsync("nextest"));
        Assert.Equal(["Rust crate"], await NamesAsync("miri"));

        var renamed = (await Repository.UpdateAsync(created.Id, updated.Draft with { Name = "Rust workspace" }, 2, "ada", Ct)).Preset!;
        Assert.Empty(await NamesAsync("crate"));
        Assert.Equal(["Rust workspace"], await NamesAsync("workspace"));
        Assert.Equal(["Rust workspace"], await NamesAsync("miri"));

        await Repository.DeleteAsync(created.Id, renamed.Version, "ada", Ct);
        Assert.Empty(await NamesAsync("miri"));
        Assert.Equal(["Rust workspace"], await NamesAsync("miri", trash: true));

        await Repository.RestoreAsync(created.Id, "ada", Ct);
        Assert.Equal(["Rust workspace"], await NamesAsync("miri"));
        Assert.Empty(await NamesAsync("miri", trash: true));

        await Repository.RestoreRevisionAsync(created.Id, 1, "ada", Ct);
        Assert.Equal(["Rust crate"], await NamesAsync("nextest"));
        Assert.Empty(await NamesAsync("miri"));
        Assert.Empty(await NamesAsync("workspace"));
    }

    [Fact]
    public async Task TheTagFilterFollowsTagChangesDeletesAndRestores()
    {
        var created = await _store.SeedAsync(APreset("Rust crate").Tagged("rust"));
        Assert.Equal(["Rust crate"], await NamesAsync(tag: "RUST"));

        var tagged = (await Repository.UpdateAsync(created.Id, created.Draft with { Tags = ["Rust", "gpu"] }, 1, "ada", Ct)).Preset!;
        Assert.Equal(["Rust crate"], await NamesAsync(tag: "gpu"));
        Assert.Equal(["Rust crate"], await NamesAsync(tag: "rust"));

        var untagged = (await Repository.UpdateAsync(created.Id, tagged.Draft with { Tags = ["gpu"] }, 2, "ada", Ct)).Preset!;
        Assert.Empty(await NamesAsync(tag: "rust"));
        Assert.Equal(["Rust crate"], await NamesAsync("crate", tag: "gpu"));

        await Repository.DeleteAsync(created.Id, untagged.Version, "ada", Ct);
        Assert.Empty(await NamesAsync(tag: "gpu"));
        Assert.Equal(["Rust crate"], await NamesAsync(tag: "gpu", trash: true));

        await Repository.RestoreAsync(created.Id, "ada", Ct);
        Assert.Equal(["Rust crate"], await NamesAsync(tag: "gpu"));
        Assert.Equal(1, (await Repository.SearchAsync(new PresetQuery(Tag: "gpu"), Ct)).Total);
    }

    [Fact]
    public async Task ImportedPresetsAreFoundAsSoonAsTheImportCommits()
    {
        await _store.SeedAsync(APreset("Rust crate").With(BuildCommand, "cargo build"));

        var outcome = await Repository.ImportAsync(
            [APreset("rust crate").With(BuildCommand, "cargo zigbuild"), APreset("Go module").Tagged("go").With(BuildCommand, "go build ./...")],
            ImportClash.Update, "ada", dryRun: false, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["rust crate"], await NamesAsync("zigbuild"));
        Assert.Equal(["Go module"], await NamesAsync("./..", tag: "GO"));
        Assert.Equal(["Go module", "rust crate"], await NamesAsync("build"));
    }

    [Theory]
    [InlineData("-q", new[] { "Quiet" })]
    [InlineData("-V", new[] { "Verbose" })]
    [InlineData("py", new[] { "Quiet", "Straße", "Verbose" })]
    [InlineData("ße", new[] { "Straße" })]
    [InlineData("ß", new[] { "Straße" })]
    [InlineData("q", new[] { "Quiet" })]
    [InlineData("zz", new string[0])]
    public async Task OneAndTwoCharacterSearchesFindTextAnywhereEvenAtTheVeryEnd(string search, string[] expected)
    {
        // The test command is the last value in the searched text.
        await _store.SeedAsync(APreset("Quiet").Described("").Tagged().With(TestCommand, "pytest -q"));
        await _store.SeedAsync(APreset("Verbose").Described("").Tagged().With(TestCommand, "pytest -v"));
        await _store.SeedAsync(APreset("Straße").Described("").Tagged().With(TestCommand, "pytest"));

        Assert.Equal(expected, await NamesAsync(search));
    }

    [Theory]
    [InlineData("\"hi\"", new[] { "Quoted" })]
    [InlineData("say \"", new[] { "Quoted" })]
    [InlineData("NOT ci", new string[0])]
    [InlineData("fmt AND", new string[0])]
    [InlineData("fmt && cargo", new[] { "Operators" })]
    [InlineData("(x)*", new[] { "Operators" })]
    [InlineData("text:", new[] { "Operators" })]
    [InlineData("tags :", new string[0])]
    public async Task SearchTextIsLiteralEvenWithQuotesAndQueryOperators(string search, string[] expected)
    {
        await _store.SeedAsync(APreset("Quoted").Described("They say \"hi\" twice.").Tagged("ci"));
        await _store.SeedAsync(APreset("Operators").Described("text: (x)*").Tagged("ci").With(BuildCommand, "cargo fmt && cargo build"));

        Assert.Equal(expected, await NamesAsync(search));
    }

    [Theory]
    [InlineData("ci")]
    [InlineData(" CI ")]
    public async Task TheTagFilterMatchesWholeTagsOnly(string tag)
    {
        await _store.SeedAsync(APreset("Both").Tagged("ci", "cd"));
        await _store.SeedAsync(APreset("Longer").Tagged("ci-nightly"));
        await _store.SeedAsync(APreset("Quoted").Tagged("\"ci\""));

        Assert.Equal(["Both"], await NamesAsync(tag: tag));
        Assert.Equal(["Quoted"], await NamesAsync(tag: "\"ci\""));
        Assert.Empty(await NamesAsync(tag: "ci,cd"));
        Assert.Empty(await NamesAsync(tag: "c"));
    }

    [Fact]
    public async Task TheTagListCountsTheSpellingsOfLivePresetsOnly()
    {
        var trashed = new[] { await _store.SeedAsync(APreset("One").Tagged("GPU")), await _store.SeedAsync(APreset("Two").Tagged("GPU", "old")) };
        await _store.SeedAsync(APreset("Three").Tagged("gpu", "ci"));
        foreach (var preset in trashed)
        {
            await Repository.DeleteAsync(preset.Id, 1, "ada", Ct);
        }

        Assert.Equal(["ci", "gpu"], await Repository.TagsAsync(Ct));
    }

    [Fact]
    public async Task AWriteThroughOneSetOfServicesIsFoundThroughAnother()
    {
        var other = await _store.OpenAsync();
        var otherRepository = other.GetRequiredService<IPresetRepository>();

        await otherRepository.CreateAsync(APreset("Elixir app").With(TestCommand, "mix test --cover"), "grace", Ct);

        Assert.Equal(["Elixir app"], await NamesAsync("--cover"));
    }
}
