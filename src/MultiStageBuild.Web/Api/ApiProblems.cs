using Microsoft.AspNetCore.Http.HttpResults;

namespace MultiStageBuild.Web.Api;

/// <summary>The problem responses the HTTP API words itself, so that the same failure reads the same everywhere.</summary>
internal static class ApiProblems
{
    /// <summary>A 400 problem (or <paramref name="status"/>) with <c>errors</c> keyed by the member, argument, field or parameter they concern.</summary>
    public static ProblemHttpResult Invalid(string title, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest) =>
        Invalid(title, FieldErrors.From(errors), status);

    /// <summary>
    /// The same, listing the first <see cref="FieldErrors.MaxListed"/> errors; when there were more, the detail says
    /// how many and <c>omittedErrors</c> counts them.
    /// </summary>
    public static ProblemHttpResult Invalid(string title, FieldErrors errors, int status = StatusCodes.Status400BadRequest)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary().ToDictionary(StringComparer.Ordinal))
        {
            Title = title,
            Status = status,
        };
        if (errors.Omitted > 0)
        {
            problem.Detail = InputMessages.Omitted(errors.Omitted);
            problem.Extensions["omittedErrors"] = errors.Omitted;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>A 409 problem: another preset has the name or the slug; <c>errors.name</c> or <c>errors.slug</c> says which.</summary>
    public static ProblemHttpResult Taken(IReadOnlyDictionary<string, string[]> errors) =>
        Invalid(errors.ContainsKey(JsonMembers.Slug) ? "Another preset has this slug" : "Another preset has this name", errors, StatusCodes.Status409Conflict);

    /// <summary>A 403 problem: the preset is protected and only an admin may change it; <c>requiredRole</c> is admin.</summary>
    public static ProblemHttpResult Protected(IEnumerable<string> names) => TypedResults.Problem(
        title: "The preset is protected",
        detail: string.Join(" ", names.Select(SaveResult.ProtectedMessage)),
        statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["requiredRole"] = Identity.AppRoles.Admin, ["protected"] = true });

    public static ProblemHttpResult PresetNotFound(Guid id) => TypedResults.Problem(
        title: $"No preset with id '{id}'",
        detail: "No preset, live or in the trash, has this id.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult LivePresetNotFound(Guid id) => TypedResults.Problem(
        title: $"No preset with id '{id}'",
        detail: "It does not exist, or it is in the trash: restore it before changing it.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult RevisionNotFound(Guid id, int version) => TypedResults.Problem(
        title: $"No revision {version} of preset '{id}'",
        detail: "The preset, or that version of it, does not exist; a preset in the trash must be restored first.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult UnknownPreset(string key) => TypedResults.Problem(
        title: $"No preset named '{key}'",
        detail: $"Name a built-in preset ({string.Join(", ", BuiltInPresets.All.Select(p => p.Key))}) or a saved preset by id or name.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult IfMatchRequired() => TypedResults.Problem(
        title: "If-Match is required",
        detail: "Send If-Match with the ETag you last read (such as \"3\"), so that no one else's change is overwritten unseen.",
        statusCode: StatusCodes.Status428PreconditionRequired,
        type: "https://www.rfc-editor.org/rfc/rfc6585#section-3");

    public static ProblemHttpResult IfMatchMalformed(string value) => TypedResults.Problem(
        title: "If-Match is not a list of entity tags",
        detail: $"If-Match must be * or quoted versions as the ETag gives them, such as \"3\", not {InputMessages.Quote(value)}.",
        statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// A 412: the preset, as the write found it, is at a version <paramref name="sent"/> does not match: another version,
    /// or none named (only weak tags, or tags that are no version).
    /// </summary>
    public static ProblemHttpResult PreconditionFailed(VersionMatch sent, StoredPreset current)
    {
        var changed = $"'{current.Name}' is at version {current.Version} since {current.UpdatedBy} changed it at {current.UpdatedAt:u}. Read it again and reapply your change.";
        return TypedResults.Problem(
            title: "The preset has changed",
            detail: sent switch
            {
                { Any: true } => $"It changed while this request ran: {changed}",
                { Single: { } single } => $"You sent version {single}; {changed}",
                { Versions.Count: 0 } => $"If-Match compares strong entity tags, so a weak tag such as W/\"{current.Version}\" never matches. Send the ETag as given, such as \"{current.Version}\".",
                _ => $"You sent versions {string.Join(", ", sent.Versions)}; {changed}",
            },
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current.Version });
    }

    public static ProblemHttpResult StoreUnavailable(PresetStoreUnavailableException e) => TypedResults.Problem(
        title: "The preset store is unavailable",
        detail: e.Problem,
        statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Turns <see cref="PresetStoreUnavailableException"/> from any endpoint it is added to into a 503 problem.</summary>
    public static TBuilder WithPresetStoreProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (PresetStoreUnavailableException e)
            {
                return StoreUnavailable(e);
            }
        });
}
