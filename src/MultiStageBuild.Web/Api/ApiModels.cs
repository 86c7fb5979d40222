using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Web.Api;

/// <summary>What <c>POST /api/render</c> returns for valid arguments.</summary>
public sealed record RenderResponse(
    string Markdown,
    string Html,
    string InvocationJson,
    string InvocationFullJson,
    string McpRequestJson,
    IReadOnlyList<WarningInfo> Warnings)
{
    /// <summary>The response for a result that rendered.</summary>
    public static RenderResponse From(RenderResult result) => new(
        result.Markdown ?? throw new ArgumentException("The result has errors.", nameof(result)),
        result.Html!,
        result.Invocation(InvocationFormat.Invocation).Text,
        result.Invocation(InvocationFormat.FullInvocation).Text,
        result.Invocation(InvocationFormat.McpRequest).Text,
        [.. result.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(i => new WarningInfo(i.Argument, i.Message))]);
}

/// <summary>A warning about one argument: the prompt rendered, but perhaps not as meant.</summary>
public sealed record WarningInfo(string Argument, string Message);

/// <summary>A prompt as <c>GET /api/prompts</c> lists it.</summary>
public sealed record PromptInfo(string Name, string Description, IReadOnlyList<ArgumentInfo> Arguments)
{
    public static PromptInfo From(PromptDefinition definition) => new(
        definition.Name,
        definition.Description,
        [.. definition.Arguments.Select(a => new ArgumentInfo(a.Name, a.Description, a.Required, a.DefaultValue))]);
}

/// <summary>One argument of a listed prompt; <see cref="Default"/> is <c>null</c> for required ones.</summary>
public sealed record ArgumentInfo(string Name, string Description, bool Required, string? Default);
