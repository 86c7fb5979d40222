namespace MultiStageBuild.Web.Api;

/// <summary>The names an import created, updated and skipped (or would, on a dry run).</summary>
public sealed record ImportResponse(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Skipped)
{
    public static ImportResponse From(ImportOutcome outcome) => new(outcome.Created, outcome.Updated, outcome.Skipped);
}
