using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class PresetLifecycleTests
{
    [Fact]
    public async Task CreateStoresVersionOneWithACreatedRevision()
    {
        await using var store = await TestStore.CreateAsync();
        var draft = APreset("  Rust crate ").Tagged("rust", " RUST ", "ci").With(Source, "").Draft();

        var result = await store.Repository.CreateAsync(draft, "ada", Ct);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var saved = result.Preset!;
        Assert.Equal(1, saved.Version);
        Assert.Equal(draft.Normalized(), saved.Draft);
        Assert.Equal(["rust", "ci"], saved.Draft.Tags);
        Assert.Equal("", saved.Draft.Arguments[Source]);
        Assert.True(saved.Draft.Arguments.Values.ContainsKey(Source));
        Assert.Equal(("ada", "ada"), (saved.CreatedBy, saved.UpdatedBy));
        Assert.Equal((SteppingClock.Start.AddMinutes(1), SteppingClock.Start.AddMinutes(1)), (saved.CreatedAt, saved.UpdatedAt));
        Assert.Null(saved.DeletedAt);

        Assert.Equal(saved, await store.Repository.FindAsync(saved.Id, Ct));
        var revision = Assert.Single(await store.Repository.RevisionsAsync(saved.Id, Ct));
        Assert.Equal((1, RevisionKind.Created, "ada", saved.CreatedAt), (revision.Version, revision.Kind, revision.Author, revision.At));
        Assert.Equal(saved.Draft, revision.Snapshot);
    }

    [Fact]
    public async Task AbsentAndEmptyArgumentsStayDistinct()
    {
        await using var store = await TestStore.CreateAsync();
        var saved = await store.SeedAsync(APreset().With(InstallCommand, null).With(BuildCommand, ""));

        var found = await store.Repository.FindAsync(saved.Id, Ct);

        Assert.False(found!.Draft.Arguments.Values.ContainsKey(InstallCommand));
        Assert.Equal("", found.Draft.Arguments.Values[BuildCommand]);
        Assert.Equal(saved.Draft, found.Draft);
    }

    [Fact]
    public async Task UpdateWritesTheNextVersionAndAnUpdatedRevision()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset().Tagged("python", "ci"));
        var draft = APreset().Described("Now with coverage.").Tagged("CI", "coverage").With(TestCommand, "pytest --cov").Draft();

        var result = await store.Repository.UpdateAsync(created.Id, draft, 1, "grace", Ct);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var updated = result.Preset!;
        Assert.Equal(2, updated.Version);
        Assert.Equal(draft, updated.Draft);
        Assert.Equal(("ada", "grace"), (updated.CreatedBy, updated.UpdatedBy));
        Assert.True(updated.UpdatedAt > updated.CreatedAt);
        Assert.Equal(updated, await store.Repository.FindAsync(created.Id, Ct));

        var revisions = await store.Repository.RevisionsAsync(created.Id, Ct);
        Assert.Equal([(2, RevisionKind.Updated), (1, RevisionKind.Created)], revisions.Select(r => (r.Version, r.Kind)));
        Assert.Equal(draft, revisions[0].Snapshot);
        Assert.Equal(created.Draft, revisions[1].Snapshot);
    }

    [Theory]
    [InlineData("Python worker")]
    [InlineData("PYTHON SERVICE")]
    public async Task ChangingTheNameIsARename(string newName)
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset("Python service"));

        var result = await store.Repository.UpdateAsync(created.Id, APreset(newName), 1, "ada", Ct);

        Assert.Equal(newName, result.Preset!.Name);
        Assert.Equal(RevisionKind.Renamed, (await store.Repository.RevisionsAsync(created.Id, Ct))[0].Kind);
        var found = await store.Repository.FindByNameAsync(newName.ToLowerInvariant(), Ct);
        Assert.Equal((created.Id, newName), (found!.Id, found.Name));
    }

    [Fact]
    public async Task UpdateWithoutChangesWritesNothing()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset());

        var result = await store.Repository.UpdateAsync(created.Id, APreset(), 1, "ada", Ct);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(created, result.Preset);
        Assert.Single(await store.Repository.RevisionsAsync(created.Id, Ct));
    }

    [Fact]
    public async Task DeleteMovesToTheTrashAndRestoreBringsItBack()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset());

        var deleted = await store.Repository.DeleteAsync(created.Id, 1, "grace", Ct);

        Assert.Equal(SaveStatus.Saved, deleted.Status);
        Assert.Equal(2, deleted.Preset!.Version);
        Assert.True(deleted.Preset.IsDeleted);
        Assert.Equal(deleted.Preset.UpdatedAt, deleted.Preset.DeletedAt);
        Assert.Null(await store.Repository.FindByNameAsync(created.Name, Ct));
        Assert.True((await store.Repository.FindAsync(created.Id, Ct))!.IsDeleted);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.UpdateAsync(created.Id, APreset(), 2, "ada", Ct)).Status);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.DeleteAsync(created.Id, 2, "ada", Ct)).Status);

        var restored = await store.Repository.RestoreAsync(created.Id, "ada", Ct);

        Assert.Equal(SaveStatus.Saved, restored.Status);
        Assert.Equal(3, restored.Preset!.Version);
        Assert.False(restored.Preset.IsDeleted);
        Assert.Equal(created.Draft, restored.Preset.Draft);
        Assert.Equal(
            [(3, RevisionKind.Restored, "ada"), (2, RevisionKind.Deleted, "grace"), (1, RevisionKind.Created, "ada")],
            (await store.Repository.RevisionsAsync(created.Id, Ct)).Select(r => (r.Version, r.Kind, r.Author)));
    }

    [Fact]
    public async Task UnknownIdsAreNotFound()
    {
        await using var store = await TestStore.CreateAsync();
        var id = Guid.NewGuid();

        Assert.Null(await store.Repository.FindAsync(id, Ct));
        Assert.Empty(await store.Repository.RevisionsAsync(id, Ct));
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.UpdateAsync(id, APreset(), 1, "ada", Ct)).Status);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.DeleteAsync(id, 1, "ada", Ct)).Status);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.RestoreAsync(id, "ada", Ct)).Status);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.RestoreRevisionAsync(id, 1, "ada", Ct)).Status);
        Assert.Empty(store.Changes);
    }

    [Fact]
    public async Task InvalidDraftsAreRejectedPerField()
    {
        await using var store = await TestStore.CreateAsync();

        var result = await store.Repository.CreateAsync(APreset(" ").With(Source, "relative/path"), "ada", Ct);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(["args.source", "name"], result.Errors!.Keys.Order());
        Assert.Equal((0, 0), await store.CountRowsAsync());
    }

    [Fact]
    public async Task NamesAreUniqueIgnoringCase()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.SeedAsync(APreset("Rust crate"));
        var second = await store.SeedAsync(APreset("Go module"));

        var duplicate = await store.Repository.CreateAsync(APreset("RUST CRATE "), "ada", Ct);
        var rename = await store.Repository.UpdateAsync(second.Id, APreset("rust crate"), 1, "ada", Ct);

        Assert.Equal(SaveStatus.Invalid, duplicate.Status);
        Assert.Equal(["A preset named 'RUST CRATE' already exists."], duplicate.Errors!["name"]);
        Assert.Equal(SaveStatus.Invalid, rename.Status);
        Assert.Equal(["A preset named 'rust crate' already exists."], rename.Errors!["name"]);

        Assert.Equal((2, 2), await store.CountRowsAsync());
        Assert.Equal(first.Id, (await store.Repository.FindByNameAsync("rUsT cRaTe", Ct))!.Id);
    }

    [Fact]
    public async Task ATrashedPresetFreesItsNameAndCannotBeRestoredIntoATakenOne()
    {
        await using var store = await TestStore.CreateAsync();
        var original = await store.SeedAsync(APreset("Rust crate"));
        await store.Repository.DeleteAsync(original.Id, 1, "ada", Ct);

        var replacement = await store.Repository.CreateAsync(APreset("rust CRATE"), "ada", Ct);
        var restore = await store.Repository.RestoreAsync(original.Id, "ada", Ct);

        Assert.Equal(SaveStatus.Saved, replacement.Status);
        Assert.Equal(SaveStatus.Invalid, restore.Status);
        Assert.Equal(["A preset named 'Rust crate' already exists."], restore.Errors!["name"]);
        Assert.True((await store.Repository.FindAsync(original.Id, Ct))!.IsDeleted);
        Assert.Equal(2, (await store.Repository.RevisionsAsync(original.Id, Ct)).Count);
    }

    [Fact]
    public async Task RestoringARevisionWritesANewRevisionWithTheOldContent()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset("Python service").Tagged("python"));
        await store.Repository.UpdateAsync(created.Id, APreset("Python worker").Tagged("worker").With(TestCommand, "tox"), 1, "grace", Ct);

        var result = await store.Repository.RestoreRevisionAsync(created.Id, 1, "ada", Ct);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(3, result.Preset!.Version);
        Assert.Equal(created.Draft, result.Preset.Draft);
        var revisions = await store.Repository.RevisionsAsync(created.Id, Ct);
        Assert.Equal([(3, RevisionKind.Restored), (2, RevisionKind.Renamed), (1, RevisionKind.Created)], revisions.Select(r => (r.Version, r.Kind)));
        Assert.Equal(created.Draft, revisions[0].Snapshot);
        Assert.Equal("Python worker", revisions[1].Snapshot.Name);
        Assert.Equal(SaveStatus.NotFound, (await store.Repository.RestoreRevisionAsync(created.Id, 9, "ada", Ct)).Status);
    }

    [Fact]
    public async Task RestoringARevisionWhoseNameIsNowTakenIsInvalid()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset("Python service"));
        await store.Repository.UpdateAsync(created.Id, APreset("Python worker"), 1, "ada", Ct);
        await store.SeedAsync(APreset("Python service"));

        var result = await store.Repository.RestoreRevisionAsync(created.Id, 1, "ada", Ct);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("name", result.Errors!.Keys);
        Assert.Equal(2, (await store.Repository.FindAsync(created.Id, Ct))!.Version);
    }

    [Fact]
    public async Task ABlankAuthorIsRecordedAsAnonymous()
    {
        await using var store = await TestStore.CreateAsync();

        var saved = await store.SeedAsync(APreset(), author: " ");

        Assert.Equal("anonymous", saved.CreatedBy);
    }
}
