using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

/// <summary>
/// Protected presets in the write pipeline: only an actor who may change protected presets (an admin) protects, changes,
/// trashes, restores or imports over one; everyone else is refused with nothing written.
/// </summary>
public sealed class ProtectionTests
{
    private static readonly Actor Admin = new("ada", MayChangeProtected: true);
    private static readonly Actor Editor = new("eddie");

    [Fact]
    public async Task AnAdminProtectsAsTheNextVersionWithARevisionAndLiftsItAgain()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset());
        store.Changes.Clear();

        var protectedOne = await store.Repository.SetProtectedAsync(preset.Id, true, Admin, Ct);
        var again = await store.Repository.SetProtectedAsync(preset.Id, true, Admin, Ct);

        Assert.Equal((SaveStatus.Saved, true, 2), (protectedOne.Status, protectedOne.Preset!.IsProtected, protectedOne.Preset.Version));
        Assert.Equal(2, again.Preset!.Version);
        Assert.True((await store.Repository.FindAsync(preset.Id, Ct))!.IsProtected);
        Assert.Equal((RevisionKind.Protected, "ada"), (await store.Repository.RevisionsAsync(preset.Id, Ct)).Select(r => (r.Kind, r.Author)).First());
        Assert.Equal(RevisionKind.Protected, Assert.Single(store.Changes).Kind);

        var lifted = await store.Repository.SetProtectedAsync(preset.Id, false, Admin, Ct);

        Assert.Equal((false, 3), (lifted.Preset!.IsProtected, lifted.Preset.Version));
        Assert.Equal(RevisionKind.Unprotected, (await store.Repository.RevisionsAsync(preset.Id, Ct))[0].Kind);
    }

    [Fact]
    public async Task OnlyAnAdminMayProtect()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset());

        var refused = await store.Repository.SetProtectedAsync(preset.Id, true, Editor, Ct);

        Assert.Equal(SaveStatus.Protected, refused.Status);
        Assert.False((await store.Repository.FindAsync(preset.Id, Ct))!.IsProtected);
        Assert.Equal((1, 1), await store.CountRowsAsync());
    }

    [Fact]
    public async Task EveryChangeToAProtectedPresetIsRefusedToAnEditorWithTheReasonAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset("Locked"));
        var stored = (await store.Repository.SetProtectedAsync(preset.Id, true, Admin, Ct)).Preset!;
        var rowsBefore = await store.CountRowsAsync();
        store.Changes.Clear();

        var refusals = new[]
        {
            await store.Repository.UpdateAsync(preset.Id, APreset("Locked").Described("changed").Draft(), stored.Version, Editor, Ct),
            // A stale version still hears that the preset is protected: re-reading would not help.
            await store.Repository.UpdateAsync(preset.Id, APreset("Locked").Described("changed").Draft(), 1, Editor, Ct),
            await store.Repository.DeleteAsync(preset.Id, VersionMatch.AnyVersion, Editor, Ct),
            await store.Repository.RestoreRevisionAsync(preset.Id, 1, Editor, Ct),
            await store.Repository.SetProtectedAsync(preset.Id, false, Editor, Ct),
        };
        var import = await store.Repository.ImportAsync([APreset("Locked").Described("imported"), APreset("Fresh")], ImportClash.Update, Editor, dryRun: false, Ct);

        Assert.All(refusals, r => Assert.Equal(SaveStatus.Protected, r.Status));
        Assert.All(refusals, r => Assert.Contains("'Locked' is protected: only an admin", r.ErrorText("")));
        Assert.False(import.Succeeded);
        Assert.Equal(["Locked"], import.Protected);
        Assert.Contains("'Locked' is protected", Assert.Single(import.Errors["presets"]));
        Assert.Equal(stored, await store.Repository.FindAsync(preset.Id, Ct));
        Assert.Null(await store.Repository.FindByNameAsync("Fresh", Ct));
        Assert.Equal(rowsBefore, await store.CountRowsAsync());
        Assert.Empty(store.Changes);
    }

    [Fact]
    public async Task AnAdminChangesTrashesAndRestoresAProtectedPreset()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset("Locked"));
        var stored = (await store.Repository.SetProtectedAsync(preset.Id, true, Admin, Ct)).Preset!;

        var updated = await store.Repository.UpdateAsync(preset.Id, APreset("Locked").Described("changed").Draft(), stored.Version, Admin, Ct);
        var trashed = await store.Repository.DeleteAsync(preset.Id, updated.Preset!.Version, Admin, Ct);
        var restoredByEditor = await store.Repository.RestoreAsync(preset.Id, Editor, Ct);
        var restored = await store.Repository.RestoreAsync(preset.Id, Admin, Ct);
        var imported = await store.Repository.ImportAsync([APreset("Locked").Described("imported")], ImportClash.Update, Admin, dryRun: false, Ct);

        Assert.Equal([SaveStatus.Saved, SaveStatus.Saved, SaveStatus.Protected, SaveStatus.Saved], new[] { updated.Status, trashed.Status, restoredByEditor.Status, restored.Status });
        Assert.True(imported.Succeeded);
        var final = (await store.Repository.FindAsync(preset.Id, Ct))!;
        Assert.Equal(("imported", true), (final.Draft.Description, final.IsProtected));
    }

    [Fact]
    public async Task AnEditorStillChangesPresetsThatAreNotProtected()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(APreset("Open"));
        var protectedThenLifted = (await store.Repository.SetProtectedAsync(preset.Id, true, Admin, Ct)).Preset!;
        protectedThenLifted = (await store.Repository.SetProtectedAsync(preset.Id, false, Admin, Ct)).Preset!;

        var updated = await store.Repository.UpdateAsync(preset.Id, APreset("Open").Described("changed").Draft(), protectedThenLifted.Version, Editor, Ct);

        Assert.Equal(SaveStatus.Saved, updated.Status);
    }
}
