namespace MultiStageBuild.Core.Prompts;

/// <summary>How an edition writes an argument's value into its template's slots.</summary>
public enum SlotPolicy
{
    /// <summary>As a CommonMark code span whose content is exactly the value, whatever it holds.</summary>
    CodeSpan,

    /// <summary>The value as it is, with no escaping: the template supplies any backticks around it.</summary>
    Raw,
}
