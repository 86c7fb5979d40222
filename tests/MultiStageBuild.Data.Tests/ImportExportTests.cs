using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class ImportExportTests
{
    [Fact]
    public async Task ImportCreatesEveryPresetWithARevisionEach()
    {
        await using var store = await TestStore.CreateAsync();

        var outcome = await store.Repository.ImportAsync([APreset("Rust crate"), APreset("Go module")], ImportClash.Skip, "ada", dryRun: false, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Rust crate", "Go module"], outcome.Created);
        Assert.Empty(outcome.Updated.Concat(outcome.Skipped));
        Assert.Equal((2, 2), await store.CountRowsAsync());
        Assert.All(store.Changes, c => Assert.Equal((RevisionKind.Created, 1, "ada"), (c.Kind, c.Version, c.Author)));
        Assert.Equal(2, store.Changes.Count);
    }

    [Fact]
    public async Task ADryRunReportsTheOutcomeAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync();
        await store.SeedAsync(APreset("Rust crate"));
        store.Changes.Clear();

        var outcome = await store.Repository.ImportAsync([APreset("rust crate"), APreset("Go module")], ImportClash.Update, "ada", dryRun: true, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Go module"], outcome.Created);
        Assert.Equal(["rust crate"], outcome.Updated);
        Assert.Equal((1, 1), await store.CountRowsAsync());
        Assert.Equal("Rust crate", (await store.Repository.FindByNameAsync("RUST CRATE", Ct))!.Name);
        Assert.Empty(store.Changes);
    }

    [Fact]
    public async Task OneInvalidEntryMeansNothingIsWritten()
    {
        await using var store = await TestStore.CreateAsync();

        var outcome = await store.Repository.ImportAsync(
            [APreset("Rust crate"), APreset("Go module").With(Source, "relative"), APreset("Elixir").With("extra", "x"), APreset("RUST CRATE")],
            ImportClash.Skip, "ada", dryRun: false, Ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["presets[1].args.source", "presets[2].args.extra", "presets[3].name"], outcome.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["The name 'RUST CRATE' is already used by presets[0]."], outcome.Errors["presets[3].name"]);
        Assert.Equal((0, 0), await store.CountRowsAsync());
        Assert.Empty(store.Changes);
    }

    [Fact]
    public async Task OnClashSkipLeavesTheExistingPresetAlone()
    {
        await using var store = await TestStore.CreateAsync();
        var existing = await store.SeedAsync(APreset("Rust crate").Described("Ours."));

        var outcome = await store.Repository.ImportAsync([APreset("RUST CRATE").Described("Theirs."), APreset("Go module")], ImportClash.Skip, "grace", dryRun: false, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Go module"], outcome.Created);
        Assert.Empty(outcome.Updated);
        Assert.Equal(["RUST CRATE"], outcome.Skipped);
        Assert.Equal(existing, await store.Repository.FindAsync(existing.Id, Ct));
        Assert.Equal((2, 2), await store.CountRowsAsync());
    }

    [Fact]
    public async Task OnClashUpdateWritesANewRevisionOfTheExistingPreset()
    {
        await using var store = await TestStore.CreateAsync();
        var existing = await store.SeedAsync(APreset("Rust crate").Described("Ours."));
        var described = await store.SeedAsync(APreset("Go module").Described("Ours."));

        var outcome = await store.Repository.ImportAsync(
            [APreset("Rust crate").Described("Theirs."), APreset("GO MODULE").Described("Ours.")], ImportClash.Update, "grace", dryRun: false, Ct);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Rust crate", "GO MODULE"], outcome.Updated);
        var rust = (await store.Repository.FindAsync(existing.Id, Ct))!;
        Assert.Equal((2, "Theirs.", "grace"), (rust.Version, rust.Draft.Description, rust.UpdatedBy));
        Assert.Equal(RevisionKind.Updated, (await store.Repository.RevisionsAsync(existing.Id, Ct))[0].Kind);
        var go = (await store.Repository.FindAsync(described.Id, Ct))!;
        Assert.Equal((2, "GO MODULE"), (go.Version, go.Name));
        Assert.Equal(RevisionKind.Renamed, (await store.Repository.RevisionsAsync(described.Id, Ct))[0].Kind);
    }

    [Fact]
    public async Task ImportedNamesMayReuseTrashedOnes()
    {
        await using var store = await TestStore.CreateAsync();
        var trashed = await store.SeedAsync(APreset("Rust crate"));
        await store.Repository.DeleteAsync(trashed.Id, 1, "ada", Ct);

        var outcome = await store.Repository.ImportAsync([APreset("Rust crate")], ImportClash.Skip, "ada", dryRun: false, Ct);

        Assert.Equal(["Rust crate"], outcome.Created);
        Assert.NotEqual(trashed.Id, (await store.Repository.FindByNameAsync("Rust crate", Ct))!.Id);
    }

    [Fact]
    public async Task ExportListsLivePresetsByName()
    {
        await using var store = await TestStore.CreateAsync();
        var zig = await store.SeedAsync(APreset("zig build"));
        var ada = await store.SeedAsync(APreset("Ada project"));
        var make = await store.SeedAsync(APreset("Make"));
        var trashed = await store.SeedAsync(APreset("Bazel"));
        await store.Repository.DeleteAsync(trashed.Id, 1, "ada", Ct);

        var all = await store.Repository.ExportAsync(null, Ct);
        var some = await store.Repository.ExportAsync([zig.Id, ada.Id, trashed.Id, Guid.NewGuid()], Ct);

        Assert.Equal(["Ada project", "Make", "zig build"], all.Select(p => p.Name));
        Assert.Equal([ada, make, zig], all);
        Assert.Equal(["Ada project", "zig build"], some.Select(p => p.Name));
    }

    [Fact]
    public async Task ExportedPresetsRoundTripThroughTheDocument()
    {
        await using var store = await TestStore.CreateAsync();
        await store.SeedAsync(APreset("Rust crate").Tagged("rust", "ci").Described("Release build."));
        var document = PresetDocument.Write((await store.Repository.ExportAsync(null, Ct)).Select(p => p.Draft), Definition);

        await using var target = await TestStore.CreateAsync();
        var read = PresetDocument.Read(document, Definition);
        var outcome = await target.Repository.ImportAsync(read.Value, ImportClash.Skip, "ada", dryRun: false, Ct);

        Assert.True(outcome.Succeeded);
        var copy = Assert.Single(await target.Repository.ExportAsync(null, Ct));
        Assert.Equal(("Rust crate", "Release build."), (copy.Name, copy.Draft.Description));
        Assert.Equal(["rust", "ci"], copy.Draft.Tags);
    }
}
