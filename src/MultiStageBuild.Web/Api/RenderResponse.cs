using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Api;

/// <summary>What <c>POST /api/render</c> returns for valid arguments; <see cref="Edition"/> is the edition's id.</summary>
public sealed record RenderResponse(
    string Edition,
    string Markdown,
    string Html,
    string InvocationJson,
    string InvocationFullJson,
    string McpRequestJson,
    IReadOnlyList<WarningInfo> Warnings)
{
    /// <summary>The response for a result that rendered.</summary>
    public static RenderResponse From(RenderResult result) => new(
        result.Edition.Id,
        result.Markdown ?? throw new ArgumentException("The result has errors.", nameof(result)),
        result.Html!,
        result.Invocation(InvocationFormat.Invocation).Text,
        result.Invocation(InvocationFormat.FullInvocation).Text,
        result.Invocation(InvocationFormat.McpRequest).Text,
        [.. result.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(i => new WarningInfo(i.Argument, i.Message))]);
}
