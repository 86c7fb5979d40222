using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MultiStageBuild.Web.Security;
using static MultiStageBuild.Web.Api.PresetRequestReader;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// The team's presets over HTTP under <c>/api/presets</c>. The version is the <c>ETag</c>; changing or deleting a
/// preset needs it back as <c>If-Match</c>, so that no one overwrites a change they have not seen.
/// </summary>
public static class PresetEndpoints
{
    private const string ExportFileName = "presets.json";

    public static IEndpointRouteBuilder MapPresetEndpoints(this IEndpointRouteBuilder app)
    {
        var presets = app.MapGroup("/api/presets").WithPresetStoreProblems().WithTags("Presets");
        presets.MapGet("", List).WithName("ListPresets").WithSummary("List and search presets").ProducesProblem(StatusCodes.Status400BadRequest);
        presets.MapPost("", Create).WithName("CreatePreset").WithSummary("Create a preset")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        presets.MapGet("/export", Export).WithName("ExportPresets").WithSummary("Export presets as a document").ProducesProblem(StatusCodes.Status400BadRequest);
        presets.MapPost("/import", Import).WithName("ImportPresets").WithSummary("Import a presets document").WithBodyLimit(PresetDocument.MaxBytes)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        presets.MapGet("/{id:guid}", Get).WithName("GetPreset").WithSummary("Get a preset").ProducesProblem(StatusCodes.Status404NotFound);
        presets.MapPut("/{id:guid}", Update).WithName("UpdatePreset").WithSummary("Update a preset")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        presets.MapDelete("/{id:guid}", Delete).WithName("DeletePreset").WithSummary("Move a preset to the trash")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        presets.MapPost("/{id:guid}/restore", Restore).WithName("RestorePreset").WithSummary("Restore a preset from the trash")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        presets.MapPut("/{id:guid}/protection", SetProtection).WithName("SetPresetProtection").WithSummary("Protect a preset, or lift its protection (admins)")
            .Accepts<ProtectionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        presets.MapGet("/{id:guid}/revisions", Revisions).WithName("ListPresetRevisions").WithSummary("List a preset's revisions").ProducesProblem(StatusCodes.Status404NotFound);
        presets.MapPost("/{id:guid}/revisions/{version:int}/restore", RestoreRevision).WithName("RestorePresetRevision").WithSummary("Restore a revision as a new one")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<PresetListResponse>, ProblemHttpResult>> List(HttpRequest request, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var query = ReadQuery(request.Query);
        if (query.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(PresetListResponse.From(await presets.SearchAsync(query.Value, cancellationToken)));
    }

    private static async Task<Results<Ok<PresetResponse>, ProblemHttpResult>> Get(Guid id, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken) =>
        await presets.FindAsync(id, cancellationToken) is { } preset ? Tagged(response, preset) : ApiProblems.PresetNotFound(id);

    private static async Task<Results<Created<PresetResponse>, ProblemHttpResult>> Create(HttpRequest request, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var draft = await PresetBodyReader.ReadAsync(request, cancellationToken);
        if (draft.Problem is { } problem)
        {
            return problem;
        }

        var result = await presets.CreateAsync(draft.Value!, Author(request), cancellationToken);
        return Outcome(result, ApiProblems.PresetNotFound(Guid.Empty), VersionMatch.AnyVersion, saved =>
        {
            response.Headers.ETag = ETag(saved.Version);
            return TypedResults.Created($"/api/presets/{saved.Id}", PresetResponse.From(saved));
        });
    }

    private static async Task<Results<Ok<PresetResponse>, ProblemHttpResult>> Update(Guid id, HttpRequest request, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var ifMatch = ReadIfMatch(request);
        var draft = ifMatch.Problem is null ? await PresetBodyReader.ReadAsync(request, cancellationToken) : default;
        if ((ifMatch.Problem ?? draft.Problem) is { } problem)
        {
            return problem;
        }

        var result = await presets.UpdateAsync(id, draft.Value!, ifMatch.Value, Author(request), cancellationToken);
        return Outcome(result, ApiProblems.LivePresetNotFound(id), ifMatch.Value, saved => Tagged(response, saved));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpRequest request, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var ifMatch = ReadIfMatch(request);
        if (ifMatch.Problem is { } problem)
        {
            return problem;
        }

        var result = await presets.DeleteAsync(id, ifMatch.Value, Author(request), cancellationToken);
        return Outcome(result, ApiProblems.LivePresetNotFound(id), ifMatch.Value, _ => TypedResults.NoContent());
    }

    private static async Task<Results<Ok<PresetResponse>, ProblemHttpResult>> Restore(Guid id, HttpRequest request, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken) =>
        Outcome(await presets.RestoreAsync(id, Author(request), cancellationToken), ApiProblems.PresetNotFound(id), VersionMatch.AnyVersion, saved => Tagged(response, saved));

    /// <summary>Protects a preset or lifts its protection; the preset's version moves on, as with any change.</summary>
    private static async Task<Results<Ok<PresetResponse>, ProblemHttpResult>> SetProtection(Guid id, HttpRequest request, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var body = await ProtectionBodyReader.ReadAsync(request, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        return Outcome(await presets.SetProtectedAsync(id, body.Value, Author(request), cancellationToken), ApiProblems.PresetNotFound(id), VersionMatch.AnyVersion, saved => Tagged(response, saved));
    }

    private static async Task<Results<Ok<List<RevisionResponse>>, ProblemHttpResult>> Revisions(Guid id, IPresetRepository presets, CancellationToken cancellationToken) =>
        await presets.RevisionsAsync(id, cancellationToken) is { Count: > 0 } revisions
            ? TypedResults.Ok(revisions.Select(RevisionResponse.From).ToList())
            : ApiProblems.PresetNotFound(id);

    private static async Task<Results<Ok<PresetResponse>, ProblemHttpResult>> RestoreRevision(Guid id, int version, HttpRequest request, HttpResponse response, IPresetRepository presets, CancellationToken cancellationToken) =>
        Outcome(await presets.RestoreRevisionAsync(id, version, Author(request), cancellationToken), ApiProblems.RevisionNotFound(id, version), VersionMatch.AnyVersion, saved => Tagged(response, saved));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(HttpRequest request, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var ids = ReadIds(request.Query);
        if (ids.Problem is { } problem)
        {
            return problem;
        }

        var stored = await presets.ExportAsync(ids.Value, cancellationToken);
        var document = PresetDocument.Write(stored.Select(p => p.Draft), KnownPrompts.PresetPrompt);
        return TypedResults.File(Encoding.UTF8.GetBytes(document), "application/json", ExportFileName);
    }

    /// <summary>Reads the whole document first: any error in any entry is a 400 and nothing is written.</summary>
    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(HttpRequest request, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var options = ReadImportOptions(request.Query);
        var body = options.Problem is null ? await BoundedBody.ReadTextAsync(request, "presets document", cancellationToken, PresetDocument.MaxBytes) : default;
        if ((options.Problem ?? body.Problem) is { } problem)
        {
            return problem;
        }

        var document = PresetDocument.Read(body.Value, KnownPrompts.PresetPrompt);
        var outcome = document.Succeeded
            ? await presets.ImportAsync(document.Value, options.Value.OnClash, Author(request), options.Value.DryRun, cancellationToken)
            : null;
        return outcome is null ? ApiProblems.Invalid("The presets document is not valid", document.Errors)
            : outcome.Protected.Count > 0 ? ApiProblems.Protected(outcome.Protected)
            : outcome.Succeeded ? TypedResults.Ok(ImportResponse.From(outcome))
            : ApiProblems.Invalid("The presets document is not valid", outcome.Errors);
    }

    /// <summary>
    /// The response for a write: <paramref name="saved"/>'s result, or the problem that stopped it. A preset that does not
    /// exist is a 404 before any precondition (RFC 9110 §13.2.1); <paramref name="sent"/> is the If-Match the store compared.
    /// </summary>
    private static Results<T, ProblemHttpResult> Outcome<T>(SaveResult result, ProblemHttpResult notFound, VersionMatch sent, Func<StoredPreset, T> saved)
        where T : IResult => result.Status switch
        {
            SaveStatus.Saved => saved(result.Preset!),
            SaveStatus.NotFound => notFound,
            SaveStatus.Conflict => ApiProblems.PreconditionFailed(sent, result.Current!),
            SaveStatus.Protected => ApiProblems.Protected([result.Current!.Name]),
            _ when result.IsTaken => ApiProblems.Taken(result.Errors!),
            _ => ApiProblems.Invalid("The preset is not valid", result.Errors!),
        };

    private static Ok<PresetResponse> Tagged(HttpResponse response, StoredPreset preset)
    {
        response.Headers.ETag = ETag(preset.Version);
        return TypedResults.Ok(PresetResponse.From(preset));
    }
}
