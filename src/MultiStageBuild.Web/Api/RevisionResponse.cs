namespace MultiStageBuild.Web.Api;

/// <summary>One revision; <see cref="Kind"/> is <c>created</c>, <c>updated</c>, <c>renamed</c>, <c>deleted</c> or <c>restored</c>.</summary>
public sealed record RevisionResponse(int Version, string Kind, DateTimeOffset At, string Author, PresetContent Preset)
{
    public static RevisionResponse From(PresetRevision revision) => new(
        revision.Version, revision.Kind.ToString().ToLowerInvariant(), revision.At, revision.Author, PresetContent.From(revision.Snapshot));
}
