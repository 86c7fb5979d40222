using Microsoft.AspNetCore.Http.HttpResults;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// A value read from a request, or the problem response that stops it. Problems with the content come from Core's
/// <see cref="ReadResult{T}"/> through <see cref="From"/>; the rest are what only HTTP knows (a body too large or not
/// UTF-8, a missing <c>If-Match</c>, an unknown preset), which Core cannot express as field errors.
/// </summary>
internal readonly record struct Parsed<T>(T Value, ProblemHttpResult? Problem)
{
    public static Parsed<T> Failed(ProblemHttpResult problem) => new(default!, problem);

    /// <summary>A read's value, or its field errors as a 400 problem titled <paramref name="title"/>.</summary>
    public static Parsed<T> From(ReadResult<T> read, string title) =>
        read.Succeeded ? new(read.Value, null) : Failed(ApiProblems.Invalid(title, read.Errors));
}
