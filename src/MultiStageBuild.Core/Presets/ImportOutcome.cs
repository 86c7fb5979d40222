namespace MultiStageBuild.Core.Presets;

/// <summary>What an import does (or did) with each entry.</summary>
/// <param name="Created">Names that are (or would be) created.</param>
/// <param name="Updated">Names that are (or would be) updated.</param>
/// <param name="Skipped">Names left alone because they clash.</param>
/// <param name="Errors">Problems per entry and field (<c>presets[2].args.source</c>); when any, nothing is written.</param>
public sealed record ImportOutcome(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Skipped, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Names of protected presets the import would write over, which the importer may not change; when any, nothing is written.</summary>
    public IReadOnlyList<string> Protected { get; init; } = [];

    /// <summary>Whether the import is (or was) applied.</summary>
    public bool Succeeded => Errors.Count == 0;
}
