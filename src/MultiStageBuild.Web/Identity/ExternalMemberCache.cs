using System.Collections.Concurrent;

namespace MultiStageBuild.Web.Identity;

/// <summary>What <see cref="ExternalMembers"/> keeps between requests of one app: one writer at a time, and the id and role last written per login.</summary>
internal sealed class ExternalMemberCache
{
    // Several requests of one new person arrive together behind a gateway: one of them makes the row.
    public SemaphoreSlim Writes { get; } = new(1, 1);

    public ConcurrentDictionary<(string Provider, string Key), (string Id, string? Role)> Known { get; } = new();
}
