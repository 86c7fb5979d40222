using System.Collections;

namespace MultiStageBuild.Web.Components.Shared;

/// <summary>A read-only list that equals another with the same items in the same order: for view records.</summary>
public readonly struct ValueList<T>(T[] items) : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items = items;

    private T[] Items => _items ?? [];

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public bool Equals(ValueList<T> other) => ((ReadOnlySpan<T>)Items).SequenceEqual(other.Items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
