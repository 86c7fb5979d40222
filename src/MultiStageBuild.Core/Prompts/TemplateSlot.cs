namespace MultiStageBuild.Core.Prompts;

/// <summary>One <c>{argument}</c> slot of a <see cref="PromptTemplate"/>.</summary>
/// <param name="Argument">The argument whose value fills the slot.</param>
/// <param name="Line">The template line the slot is on, from 0.</param>
/// <param name="InCodeSpan">Whether the template puts single backticks right around the slot.</param>
public sealed record TemplateSlot(string Argument, int Line, bool InCodeSpan);
