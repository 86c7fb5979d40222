namespace MultiStageBuild.Web.Api;

/// <summary>A preset's user-editable content, as a revision recorded it.</summary>
public sealed record PresetContent(string Name, string Description, IReadOnlyList<string> Tags, PresetArgs Args)
{
    public static PresetContent From(PresetDraft draft) => new(draft.Name, draft.Description, draft.Tags, PresetArgs.From(draft.Arguments));
}
