using MultiStageBuild.Core.Comparison;

namespace MultiStageBuild.Web.Check;

/// <summary>
/// What "Check against server" and <c>POST /api/check</c> report: the outcome in a sentence, the edition the server's
/// text matched, the diff against the preview's edition, and the server's own prompt list.
/// </summary>
/// <param name="Server">The configured server's name.</param>
/// <param name="Url">Its endpoint.</param>
/// <param name="Status">What the check found.</param>
/// <param name="Message">The outcome in a sentence, with the server's own message for an error result.</param>
/// <param name="Edition">The id of the edition the server's text was compared with (the preview's).</param>
/// <param name="MatchedEdition">The id of the edition the server's text equals, when <see cref="Status"/> is Identical.</param>
/// <param name="ServerText">The text the server returned, when it returned one.</param>
/// <param name="Diff">The preview's lines (−) against the server's (+), when it returned a text.</param>
/// <param name="Prompts">The prompts the server lists, when it is an MCP server.</param>
public sealed record ServerCheckResult(
    string Server,
    string Url,
    ServerCheckStatus Status,
    string Message,
    string Edition,
    string? MatchedEdition,
    string? ServerText,
    IReadOnlyList<DiffLine> Diff,
    IReadOnlyList<ServerPrompt> Prompts);
