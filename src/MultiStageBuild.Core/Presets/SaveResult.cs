namespace MultiStageBuild.Core.Presets;

/// <summary>The outcome of a write.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Preset">The preset as saved (when <see cref="SaveStatus.Saved"/>).</param>
/// <param name="Current">The stored preset a conflicting write ran into.</param>
/// <param name="Errors">Messages per field (<c>name</c>, <c>tags</c>, <c>args.source</c>, ...), when invalid.</param>
public sealed record SaveResult(SaveStatus Status, StoredPreset? Preset = null, StoredPreset? Current = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>A successful write.</summary>
    public static SaveResult Saved(StoredPreset preset) => new(SaveStatus.Saved, preset);

    /// <summary>No such preset.</summary>
    public static SaveResult NotFound { get; } = new(SaveStatus.NotFound);

    /// <summary>A stale write; <paramref name="current"/> is what is stored now.</summary>
    public static SaveResult Conflict(StoredPreset current) => new(SaveStatus.Conflict, Current: current);

    /// <summary>An invalid draft.</summary>
    public static SaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(SaveStatus.Invalid, Errors: errors);

    /// <summary>
    /// A change refused because <paramref name="current"/> is protected (or protecting it was asked) and the actor is no
    /// admin; <c>errors.protected</c> says so.
    /// </summary>
    public static SaveResult Protected(StoredPreset current) => new(SaveStatus.Protected, Current: current, Errors: new Dictionary<string, string[]>
    {
        ["protected"] = [ProtectedMessage(current.Name)],
    });

    /// <summary>Why a protected preset cannot be changed by the person trying.</summary>
    public static string ProtectedMessage(string name) =>
        $"'{name}' is protected: only an admin can change, trash, restore or import over it, or lift its protection.";

    /// <summary>An invalid draft whose only fault is a name another live preset has (a conflict with that preset).</summary>
    public static SaveResult NameTaken(string name) =>
        Invalid(new Dictionary<string, string[]> { ["name"] = [$"A preset named '{name}' already exists."] }) with { IsTaken = true };

    /// <summary>An invalid draft whose only fault is a slug another preset, live or trashed, holds (a conflict with it).</summary>
    public static SaveResult SlugTaken(string slug) =>
        Invalid(new Dictionary<string, string[]> { ["slug"] = [$"The slug '{slug}' belongs to another preset (live or in the trash)."] }) with { IsTaken = true };

    /// <summary>Whether the write was refused because another preset has the name or the slug (a clash, not bad input).</summary>
    public bool IsTaken { get; init; }

    /// <summary>Every error message in one line, or <paramref name="fallback"/> when the result carries none.</summary>
    public string ErrorText(string fallback) => Errors is { Count: > 0 } errors ? string.Join(" ", errors.SelectMany(e => e.Value)) : fallback;
}
