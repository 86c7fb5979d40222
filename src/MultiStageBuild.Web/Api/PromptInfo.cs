namespace MultiStageBuild.Web.Api;

/// <summary>A prompt as <c>GET /api/prompts</c> lists it; <see cref="DefaultEdition"/> is the id rendered when none is named.</summary>
public sealed record PromptInfo(string Name, string Description, IReadOnlyList<ArgumentInfo> Arguments, IReadOnlyList<EditionInfo> Editions, string DefaultEdition)
{
    public static PromptInfo From(PromptDefinition definition) => new(
        definition.Name,
        definition.Description,
        [.. definition.Arguments.Select(a => new ArgumentInfo(a.Name, a.Description, a.Required, a.DefaultValue))],
        [.. definition.Editions.Select(e => new EditionInfo(e.Id, e.Label, e.Description, e == definition.DefaultEdition))],
        definition.DefaultEdition.Id);
}
