namespace MultiStageBuild.Core.Comparison;

/// <summary>One field's value on both sides.</summary>
/// <param name="Field">The field (<c>name</c>, <c>tags</c>, an argument name).</param>
/// <param name="Left">The left value.</param>
/// <param name="Right">The right value.</param>
public sealed record FieldChange(string Field, string Left, string Right)
{
    /// <summary>Whether the two sides differ.</summary>
    public bool Changed => Left != Right;
}
