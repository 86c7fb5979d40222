namespace MultiStageBuild.Core.Json;

/// <summary>
/// Problems keyed by the field they concern (<c>name</c>, <c>args.source</c>, <c>presets[2].tags</c>). Keeps the first
/// <see cref="MaxListed"/> messages and only counts the rest, so that no input can make an answer or a log line large.
/// </summary>
public sealed class FieldErrors
{
    /// <summary>The most messages kept; later ones are counted in <see cref="Omitted"/>.</summary>
    public const int MaxListed = 20;

    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);
    private int _listed;

    /// <summary>A bag holding <paramref name="errors"/>, within the same limit.</summary>
    public static FieldErrors From(IReadOnlyDictionary<string, string[]> errors)
    {
        var bag = new FieldErrors();
        bag.AddRange(errors);
        return bag;
    }

    /// <summary>Whether nothing was reported.</summary>
    public bool IsEmpty => _listed == 0 && Omitted == 0;

    /// <summary>How many messages were reported beyond <see cref="MaxListed"/> and not kept.</summary>
    public int Omitted { get; private set; }

    /// <summary>Whether <paramref name="field"/> has a kept message.</summary>
    public bool Has(string field) => _messages.ContainsKey(field);

    /// <summary>Reports <paramref name="message"/> for <paramref name="field"/>.</summary>
    public void Add(string field, string message)
    {
        if (_listed >= MaxListed)
        {
            Omitted++;
            return;
        }

        (_messages.TryGetValue(field, out var list) ? list : _messages[field] = []).Add(message);
        _listed++;
    }

    /// <summary>Reports every message of <paramref name="errors"/>, each field under <paramref name="prefix"/>.</summary>
    public void AddRange(IReadOnlyDictionary<string, string[]> errors, string prefix = "")
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(prefix + field, message);
            }
        }
    }

    /// <summary>Reports the messages of fields that have none yet, so that a field's first problem is the one shown.</summary>
    public void AddWhereAbsent(IReadOnlyDictionary<string, string[]> errors, string prefix = "")
    {
        foreach (var (field, messages) in errors.Where(e => !Has(prefix + e.Key)).ToList())
        {
            foreach (var message in messages)
            {
                Add(prefix + field, message);
            }
        }
    }

    /// <summary>The kept messages per field.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _messages.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Every kept message, with its field, and the count of the others in one closing line.</summary>
    public IEnumerable<string> Lines() =>
        _messages.SelectMany(p => p.Value.Select(m => p.Key.Length == 0 ? m : $"{p.Key}: {m}"))
            .Concat(Omitted > 0 ? [InputMessages.Omitted(Omitted)] : []);

    /// <summary>The kept messages without their fields, and the count of the others.</summary>
    public IEnumerable<string> Messages() =>
        _messages.SelectMany(p => p.Value).Concat(Omitted > 0 ? [InputMessages.Omitted(Omitted)] : []);
}
