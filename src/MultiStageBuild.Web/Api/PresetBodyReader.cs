namespace MultiStageBuild.Web.Api;

/// <summary>Reads a POST or PUT body of at most <see cref="BoundedBody.DefaultLimit"/> into a draft through <see cref="PresetDraftReader"/>.</summary>
internal static class PresetBodyReader
{
    public static async Task<Parsed<PresetDraft?>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadJsonAsync(request, "preset", cancellationToken);
        if (body.Problem is { } problem)
        {
            return Parsed<PresetDraft?>.Failed(problem);
        }

        var errors = new FieldErrors();
        var draft = PresetDraftReader.Read(body.Value, "", KnownPrompts.PresetPrompt, errors);
        return Parsed<PresetDraft?>.From(new(draft, errors), "The preset is not valid");
    }
}
