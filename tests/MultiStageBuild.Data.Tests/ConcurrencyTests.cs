using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task AStaleUpdateIsAConflictWithTheCurrentPresetAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset());
        var current = (await store.Repository.UpdateAsync(created.Id, APreset().Described("Theirs."), 1, "grace", Ct)).Preset!;
        var changes = store.Changes.Count;

        var stale = await store.Repository.UpdateAsync(created.Id, APreset().Described("Mine."), 1, "ada", Ct);
        var staleDelete = await store.Repository.DeleteAsync(created.Id, 1, "ada", Ct);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(current, stale.Current);
        Assert.Null(stale.Preset);
        Assert.Equal(SaveStatus.Conflict, staleDelete.Status);
        Assert.Equal(current, staleDelete.Current);
        Assert.Equal(current, await store.Repository.FindAsync(created.Id, Ct));
        Assert.Equal((1, 2), await store.CountRowsAsync());
        Assert.Equal(changes, store.Changes.Count);
    }

    [Fact]
    public async Task AVersionMatchIsComparedWithTheVersionTheWriteFinds()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset());

        var any = await store.Repository.UpdateAsync(created.Id, APreset().Described("Any."), VersionMatch.AnyVersion, "ada", Ct);
        var listed = await store.Repository.UpdateAsync(created.Id, APreset().Described("Listed."), VersionMatch.OneOf([7, 2]), "ada", Ct);
        var none = await store.Repository.UpdateAsync(created.Id, APreset().Described("Unnamed."), VersionMatch.OneOf([]), "ada", Ct);
        var trashed = await store.Repository.DeleteAsync(created.Id, VersionMatch.AnyVersion, "ada", Ct);
        var afterTrash = await store.Repository.UpdateAsync(created.Id, APreset().Described("Late."), VersionMatch.AnyVersion, "ada", Ct);

        Assert.Equal((SaveStatus.Saved, 2), (any.Status, any.Preset!.Version));
        Assert.Equal((SaveStatus.Saved, 3), (listed.Status, listed.Preset!.Version));
        Assert.Equal((SaveStatus.Conflict, 3), (none.Status, none.Current!.Version));
        Assert.Equal((SaveStatus.Saved, 4), (trashed.Status, trashed.Preset!.Version));
        Assert.Equal(SaveStatus.NotFound, afterTrash.Status);
        Assert.Equal((1, 4), await store.CountRowsAsync());
    }

    [Fact]
    public async Task TwoRepositoriesRacingOnTheSameVersionGiveOneSaveAndOneConflict()
    {
        await using var store = await TestStore.CreateAsync();
        var other = (await store.OpenAsync()).GetRequiredService<IPresetRepository>();
        for (var round = 0; round < 5; round++)
        {
            var preset = await store.SeedAsync(APreset($"Race {round}"));
            using var start = new Barrier(2);
            Task<SaveResult> Race(IPresetRepository repository, string test) => Task.Run(() =>
            {
                start.SignalAndWait(Ct);
                return repository.UpdateAsync(preset.Id, APreset($"Race {round}").With(TestCommand, test), 1, test, Ct);
            });

            var results = await Task.WhenAll(Race(store.Repository, "pytest -x"), Race(other, "pytest -q"));

            var saved = Assert.Single(results, r => r.Status == SaveStatus.Saved);
            var conflict = Assert.Single(results, r => r.Status == SaveStatus.Conflict);
            Assert.Equal(saved.Preset, conflict.Current);
            Assert.Equal(saved.Preset, await store.Repository.FindAsync(preset.Id, Ct));
            Assert.Equal([2, 1], (await store.Repository.RevisionsAsync(preset.Id, Ct)).Select(r => r.Version));
        }
    }

    [Fact]
    public async Task TheVersionColumnIsAConcurrencyTokenForRawContextWrites()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset());
        await using var first = await store.NewContextAsync();
        await using var second = await store.NewContextAsync();
        var a = await first.Presets.SingleAsync(p => p.Id == preset.Id, Ct);
        var b = await second.Presets.SingleAsync(p => p.Id == preset.Id, Ct);

        a.Description = "first";
        a.Version++;
        await first.SaveChangesAsync(Ct);
        b.Description = "second";
        b.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task ManyConcurrentCreatesFromTwoProcessesAllSucceed()
    {
        await using var store = await TestStore.CreateAsync();
        var other = (await store.OpenAsync()).GetRequiredService<IPresetRepository>();

        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store.Repository : other).CreateAsync(APreset($"Preset {i:D2}").Tagged($"t{i % 5}"), $"user{i}", Ct))));

        Assert.All(results, r => Assert.Equal(SaveStatus.Saved, r.Status));
        Assert.Equal((60, 60), await store.CountRowsAsync());
        Assert.Equal(60, (await store.Repository.SearchAsync(new PresetQuery(PageSize: 200), Ct)).Total);
    }

    [Fact]
    public async Task ConcurrentCreatesOfOneNameSaveExactlyOnce()
    {
        await using var store = await TestStore.CreateAsync();
        var other = (await store.OpenAsync()).GetRequiredService<IPresetRepository>();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            (i % 2 == 0 ? store.Repository : other).CreateAsync(APreset(i % 3 == 0 ? "shared" : "SHARED"), "ada", Ct))));

        Assert.Single(results, r => r.Status == SaveStatus.Saved);
        Assert.All(results.Where(r => r.Status != SaveStatus.Saved), r => Assert.Contains("name", r.Errors!.Keys));
        Assert.Equal((1, 1), await store.CountRowsAsync());
    }
}
