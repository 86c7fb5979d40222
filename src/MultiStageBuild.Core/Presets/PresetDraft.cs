namespace MultiStageBuild.Core.Presets;

/// <summary>What a user writes when saving a preset: everything but identity, version and audit fields.</summary>
/// <param name="Name">Unique name (case-insensitive), 1-100 characters.</param>
/// <param name="Description">Free text, up to 1,000 characters.</param>
/// <param name="Tags">Short labels for filtering.</param>
/// <param name="Arguments">The four arguments; <c>source</c> may be empty in a preset.</param>
public sealed record PresetDraft(string Name, string Description, IReadOnlyList<string> Tags, ArgumentSet Arguments)
{
    /// <summary>
    /// The MCP prompt slug asked for: on create, instead of the one made from the name; on update, to change the stored
    /// one. <c>null</c> (the usual case) keeps the stored slug, or makes one from the name on create. Not content: not in
    /// <see cref="Equals(PresetDraft?)"/> nor in revisions.
    /// </summary>
    public string? Slug { get; init; }

    /// <summary>The same draft with the name normalised (<see cref="PresetRules.NormalizeName"/>), description and tags trimmed and tags de-duplicated (case-insensitive).</summary>
    public PresetDraft Normalized() => this with
    {
        Name = PresetRules.NormalizeName(Name),
        Description = Description.Trim(),
        Tags = Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    /// <inheritdoc />
    public bool Equals(PresetDraft? other) =>
        other is not null && Name == other.Name && Description == other.Description
        && Tags.SequenceEqual(other.Tags) && Arguments.Equals(other.Arguments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Description, Tags.Count, Arguments);
}
