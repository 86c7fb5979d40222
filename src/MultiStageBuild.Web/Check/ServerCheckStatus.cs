namespace MultiStageBuild.Web.Check;

/// <summary>What a check against a live MCP server found.</summary>
public enum ServerCheckStatus
{
    /// <summary>The server returned exactly the text of one edition.</summary>
    Identical,

    /// <summary>The server returned a text that no edition gives for these arguments.</summary>
    Different,

    /// <summary>Nothing accepted the connection.</summary>
    Unreachable,

    /// <summary>The server did not answer in time.</summary>
    TimedOut,

    /// <summary>Something answered, but not as an MCP server.</summary>
    NotMcp,

    /// <summary>The server lists no <c>multi-stage-build</c> prompt.</summary>
    NoPrompt,

    /// <summary>The server answered <c>prompts/get</c> with an error.</summary>
    ErrorResult,
}
