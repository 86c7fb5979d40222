using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using MultiStageBuild.Web.Data;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class NotifierTests
{
    [Fact]
    public async Task SubscribersHearEveryCommittedChangeAndCanAlreadyReadIt()
    {
        await using var store = await TestStore.CreateAsync();
        var other = (await store.OpenAsync()).GetRequiredService<IPresetRepository>();
        var seen = new ConcurrentQueue<(PresetChange Change, int? StoredVersion)>();
        using var subscription = store.Notifier.Subscribe(async changes =>
        {
            foreach (var change in changes)
            {
                seen.Enqueue((change, (await other.FindAsync(change.PresetId, Ct))?.Version));
            }
        });

        var created = await store.SeedAsync(APreset("Rust crate"));
        await store.Repository.UpdateAsync(created.Id, APreset("Rust crates"), 1, "grace", Ct);
        await store.Repository.UpdateAsync(created.Id, APreset("Rust crates").Described("More."), 2, "grace", Ct);
        await store.Repository.DeleteAsync(created.Id, 3, "ada", Ct);
        await store.Repository.RestoreAsync(created.Id, "ada", Ct);

        Assert.Equal(
            new (PresetChange, int?)[]
            {
                (new PresetChange(created.Id, "Rust crate", RevisionKind.Created, 1, "ada"), 1),
                (new PresetChange(created.Id, "Rust crates", RevisionKind.Renamed, 2, "grace"), 2),
                (new PresetChange(created.Id, "Rust crates", RevisionKind.Updated, 3, "grace"), 3),
                (new PresetChange(created.Id, "Rust crates", RevisionKind.Deleted, 4, "ada"), 4),
                (new PresetChange(created.Id, "Rust crates", RevisionKind.Restored, 5, "ada"), 5),
            },
            seen);
    }

    [Fact]
    public async Task AnImportIsAnnouncedOnceWithEveryChangeItCommitted()
    {
        await using var store = await TestStore.CreateAsync();
        var existing = await store.SeedAsync(APreset("Go module"));
        var calls = new ConcurrentQueue<IReadOnlyList<PresetChange>>();
        using var subscription = store.Notifier.Subscribe(changes =>
        {
            calls.Enqueue(changes);
            return Task.CompletedTask;
        });

        await store.Repository.ImportAsync([APreset("Rust crate"), APreset("Go module").Described("Updated."), APreset("Docs")], ImportClash.Update, "ada", dryRun: false, Ct);

        var call = Assert.Single(calls);
        Assert.Equal(["Rust crate", "Go module", "Docs"], call.Select(c => c.Name));
        Assert.Equal([RevisionKind.Created, RevisionKind.Updated, RevisionKind.Created], call.Select(c => c.Kind));
        Assert.Equal(existing.Id, call[1].PresetId);
    }

    [Fact]
    public async Task FailedWritesAreNotAnnounced()
    {
        await using var store = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset("Rust crate"));
        await store.SeedAsync(APreset("Go module"));
        store.Changes.Clear();

        await store.Repository.CreateAsync(APreset("rust crate"), "ada", Ct);
        await store.Repository.CreateAsync(APreset(""), "ada", Ct);
        await store.Repository.UpdateAsync(created.Id, APreset("Rust crate").Described("x"), 7, "ada", Ct);
        await store.Repository.UpdateAsync(created.Id, APreset("go module"), 1, "ada", Ct);
        await store.Repository.DeleteAsync(Guid.NewGuid(), 1, "ada", Ct);
        await store.Repository.ImportAsync([APreset("New"), APreset("")], ImportClash.Skip, "ada", dryRun: false, Ct);
        await store.Repository.ImportAsync([APreset("New")], ImportClash.Skip, "ada", dryRun: true, Ct);

        Assert.Empty(store.Changes);
    }

    [Fact]
    public async Task AThrowingSubscriberStopsNeitherTheOthersNorTheWrite()
    {
        await using var store = await TestStore.CreateAsync();
        using var throwsAtOnce = store.Notifier.Subscribe(_ => throw new InvalidOperationException("boom"));
        using var throwsLater = store.Notifier.Subscribe(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        });

        var result = await store.Repository.CreateAsync(APreset(), "ada", Ct);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Single(store.Changes);
    }

    [Fact]
    public async Task DisposingASubscriptionStopsItsCalls()
    {
        var notifier = new InProcessPresetChangeNotifier();
        var calls = new ConcurrentBag<string>();
        var first = notifier.Subscribe(c => Task.Run(() => calls.Add("first " + c.Single().Name), Ct));
        using var second = notifier.Subscribe(c => Task.Run(() => calls.Add("second " + c.Single().Name), Ct));

        await notifier.PublishAsync([new PresetChange(Guid.NewGuid(), "a", RevisionKind.Created, 1, "ada")]);
        first.Dispose();
        first.Dispose();
        await notifier.PublishAsync([new PresetChange(Guid.NewGuid(), "b", RevisionKind.Created, 1, "ada")]);

        Assert.Equal(["first a", "second a", "second b"], calls.Order());
    }

    [Fact]
    public async Task SubscribingWhilePublishingIsSafe()
    {
        var notifier = new InProcessPresetChangeNotifier();
        var subscriptions = new ConcurrentBag<IDisposable>();
        var change = new PresetChange(Guid.NewGuid(), "a", RevisionKind.Created, 1, "ada");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            subscriptions.Add(notifier.Subscribe(_ => Task.CompletedTask));
            await notifier.PublishAsync([change]);
            if (i % 2 == 0 && subscriptions.TryTake(out var subscription))
            {
                subscription.Dispose();
            }
        }, Ct)));

        Assert.Equal(100, subscriptions.Count);
    }
}
