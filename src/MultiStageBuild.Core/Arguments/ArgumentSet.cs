using System.Collections.Immutable;

namespace MultiStageBuild.Core.Arguments;

/// <summary>
/// The values a user typed for a prompt's arguments, exactly as typed. Immutable: every edit makes a new set.
/// </summary>
public sealed class ArgumentSet : IEquatable<ArgumentSet>
{
    private readonly ImmutableDictionary<string, string> _values;

    private ArgumentSet(ImmutableDictionary<string, string> values) => _values = values;

    /// <summary>A set with no values.</summary>
    public static ArgumentSet Empty { get; } = new(ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>A set from name/value pairs; <c>null</c> values are left out.</summary>
    public static ArgumentSet From(IEnumerable<KeyValuePair<string, string?>> values) =>
        values.Aggregate(Empty, (set, pair) => set.With(pair.Key, pair.Value));

    /// <summary>The values as typed, keyed by argument name.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The value as typed, or an empty string when none was given.</summary>
    public string this[string name] => _values.GetValueOrDefault(name, "");

    /// <summary>A copy with <paramref name="name"/> set to <paramref name="value"/> (removed when <c>null</c>).</summary>
    public ArgumentSet With(string name, string? value) =>
        value is null ? new(_values.Remove(name)) : new(_values.SetItem(name, value));

    /// <summary>
    /// These values (a preset's) with every non-blank override in their place, as an invocation of a preset means.
    /// An override the prompt does not take is kept, blank or not, so the checker reports it.
    /// </summary>
    public ArgumentSet OverlaidBy(IEnumerable<KeyValuePair<string, string>> overrides, PromptDefinition definition) =>
        overrides.Where(o => !string.IsNullOrWhiteSpace(o.Value) || definition.FindArgument(o.Key) is null)
            .Aggregate(this, (set, o) => set.With(o.Key, o.Value));

    /// <summary>Whether the typed value is blank, so that its default applies.</summary>
    public bool IsBlank(string name) => string.IsNullOrWhiteSpace(this[name]);

    /// <summary>The value the prompt uses: the typed value, or the default when it is blank.</summary>
    public string Effective(PromptArgument argument) =>
        IsBlank(argument.Name) && argument.DefaultValue is not null ? argument.DefaultValue : this[argument.Name];

    /// <summary>Whether the argument's effective value differs from its default (always true for required ones).</summary>
    public bool Overrides(PromptArgument argument) => Effective(argument) != argument.DefaultValue;

    /// <summary>Value equality where an absent argument equals an empty one (both read as "").</summary>
    public bool Equals(ArgumentSet? other) =>
        other is not null && _values.Keys.Concat(other._values.Keys).All(name => this[name] == other[name]);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArgumentSet);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _values.Where(p => p.Value.Length > 0).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Aggregate(0, (hash, p) => HashCode.Combine(hash, p.Key, p.Value));
}
