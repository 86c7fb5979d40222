namespace MultiStageBuild.Core.Invocations;

/// <summary>A member of a JSON object: a string, an integer or a nested object.</summary>
/// <param name="Name">The member's key.</param>
/// <param name="Value">A <see cref="string"/>, an <see cref="int"/> or a list of members.</param>
public sealed record JsonMember(string Name, object Value);
