namespace MultiStageBuild.Web.Mcp;

/// <summary>What <c>completion/complete</c> answers: at most <see cref="McpCatalogue.MaxCompletions"/> values of <see cref="Total"/>.</summary>
public sealed record CompletionValues(IReadOnlyList<string> Values, int Total)
{
    public bool HasMore => Total > Values.Count;
}
