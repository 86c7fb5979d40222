namespace MultiStageBuild.Core.Json;

/// <summary>A value read from input, or the problems that stop it.</summary>
/// <param name="Value">The value; meaningful only when <see cref="Succeeded"/>.</param>
/// <param name="Errors">The problems, keyed by field.</param>
public sealed record ReadResult<T>(T Value, FieldErrors Errors)
{
    /// <summary>Whether the input was read without problems.</summary>
    public bool Succeeded => Errors.IsEmpty;

    /// <summary>A failed read.</summary>
    public static ReadResult<T> Failed(FieldErrors errors) => new(default!, errors);
}
