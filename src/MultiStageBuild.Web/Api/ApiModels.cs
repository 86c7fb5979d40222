using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;
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

/// <summary>A warning about one argument: the prompt rendered, but perhaps not as meant.</summary>
public sealed record WarningInfo(string Argument, string Message);

/// <summary>A prompt as <c>GET /api/prompts</c> lists it; <see cref="DefaultEdition"/> is the id rendered when none is named.</summary>
public sealed record PromptInfo(string Name, string Description, IReadOnlyList<ArgumentInfo> Arguments, IReadOnlyList<EditionInfo> Editions, string DefaultEdition)
{
    public static PromptInfo From(PromptDefinition definition) => new(
        definition.Name,
        definition.Description,
        [.. definition.Arguments.Select(a => new ArgumentInfo(a.Name, a.Description, a.Required, a.DefaultValue))],
        [.. definition.Editions.Select(e => new EditionInfo(e.Id, e.Label, e.Description, e == definition.DefaultEdition))],
        definition.DefaultEdition.Id);
}

/// <summary>One edition of a listed prompt: the id <c>POST /api/render</c> takes, a label, and where its text comes from.</summary>
public sealed record EditionInfo(string Id, string Label, string Description, bool IsDefault);

/// <summary>One argument of a listed prompt; <see cref="Default"/> is <c>null</c> for required ones.</summary>
public sealed record ArgumentInfo(string Name, string Description, bool Required, string? Default);
