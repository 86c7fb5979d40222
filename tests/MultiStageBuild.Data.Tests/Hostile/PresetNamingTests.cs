using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Data.Tests.Infrastructure.PresetDraftBuilder;

namespace MultiStageBuild.Data.Tests.Hostile;

/// <summary>Names that look alike and slugs that must never change meaning.</summary>
public sealed class PresetNamingTests
{
    [Fact]
    public async Task ASlugIsKeptThroughRenameAndTrashAndNeverReused()
    {
        await using var store = await TestStore.CreateAsync();
        var spaced = await store.SeedAsync(APreset("slug demo"));
        var dashed = await store.SeedAsync(APreset("slug-demo"));

        await store.Repository.DeleteAsync(spaced.Id, 1, "ada", Ct);
        var renamed = (await store.Repository.UpdateAsync(dashed.Id, APreset("Something else"), 1, "ada", Ct)).Preset!;
        var successor = await store.SeedAsync(APreset("Slug Demo"));
        var restored = (await store.Repository.RestoreAsync(spaced.Id, "ada", Ct)).Status;

        Assert.Equal(("slug-demo", "slug-demo-2"), (spaced.Slug, dashed.Slug));
        Assert.Equal("slug-demo-2", renamed.Slug);
        Assert.Equal("slug-demo-3", successor.Slug);
        Assert.Equal(SaveStatus.Invalid, restored);
        Assert.Equal("slug-demo", (await store.Repository.FindAsync(spaced.Id, Ct))!.Slug);
    }

    [Fact]
    public async Task AnUpdateThatAsksForASlugChangesItAndATakenOrReservedOneIsRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.SeedAsync(APreset("First"));
        var second = await store.SeedAsync(APreset("Second"));

        var changed = await store.Repository.UpdateAsync(first.Id, APreset("First").Draft() with { Slug = "first-on-purpose" }, 1, "ada", Ct);
        var taken = await store.Repository.UpdateAsync(second.Id, APreset("Second").Draft() with { Slug = "first-on-purpose" }, 1, "ada", Ct);
        var reserved = await store.Repository.CreateAsync(APreset("Third").Draft() with { Slug = "multi-stage-build" }, "ada", Ct);

        Assert.Equal(("first-on-purpose", 2), (changed.Preset!.Slug, changed.Preset.Version));
        Assert.Contains("another preset", Assert.Single(taken.Errors!["slug"]));
        Assert.Contains("reserved", Assert.Single(reserved.Errors!["slug"]));
        Assert.Equal("second", (await store.Repository.FindAsync(second.Id, Ct))!.Slug);
    }

    [Fact]
    public async Task NonAsciiLettersTransliterateAndBuiltInNamesAreReserved()
    {
        await using var store = await TestStore.CreateAsync();

        var cafe = await store.SeedAsync(APreset("café"));
        var python = await store.SeedAsync(APreset("Python"));

        Assert.Equal("cafe", cafe.Slug);
        Assert.Equal("python-2", python.Slug);
    }

    [Theory]
    [InlineData("Caf\u00e9", "Cafe\u0301")]
    [InlineData("Cafe\u0301", "CAF\u00c9")]
    [InlineData("\u00c5ngstr\u00f6m", "A\u030angstro\u0308m")]
    public async Task NamesInNfcAndNfdClash(string saved, string clashing)
    {
        await using var store = await TestStore.CreateAsync();
        var first = await store.SeedAsync(APreset(saved));

        var second = await store.Repository.CreateAsync(APreset(clashing), "ada", Ct);

        Assert.True(second.IsTaken);
        Assert.Equal(first.Id, (await store.Repository.FindByNameAsync(clashing, Ct))!.Id);
    }

    [Fact]
    public async Task MigratingGivesExistingPresetsTheSlugsTheyWereServedUnderAndFoldedNameKeys()
    {
        var start = SteppingClock.Start;
        (Guid Newest, Guid Oldest, Guid Middle, Guid Trashed, Guid Decomposed) ids = default;
        await using var store = await TestStore.CreateAsync(path =>
        {
            using var legacy = new LegacyStore(path, "PresetSearchIndex");
            ids = (legacy.Add("Web: App", start.AddHours(3)), legacy.Add("Web App", start), legacy.Add("web-app-2", start.AddHours(1)),
                legacy.Add("web app", start.AddHours(-1), deletedAt: start), legacy.Add("Cafe\u0301", start.AddHours(4)));
        });

        Assert.True(store.Status.IsAvailable, store.Status.Message);
        var slugs = new List<string>();
        foreach (var id in new[] { ids.Oldest, ids.Middle, ids.Newest, ids.Trashed, ids.Decomposed })
        {
            slugs.Add((await store.Repository.FindAsync(id, Ct))!.Slug);
        }

        Assert.Equal(["web-app", "web-app-2", "web-app-3", "web-app-4", "cafe"], slugs);
        Assert.Equal(ids.Decomposed, (await store.Repository.FindByNameAsync("caf\u00e9", Ct))!.Id);
        Assert.True((await store.Repository.CreateAsync(APreset("CAF\u00c9"), "ada", Ct)).IsTaken);
    }
}
