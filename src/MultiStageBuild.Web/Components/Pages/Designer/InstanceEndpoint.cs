using MultiStageBuild.Core.Invocations;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>This app's MCP endpoint as an invocation target, and the prompt definition it serves for the form.</summary>
public sealed record InstanceEndpoint(InvocationTarget Target, PromptDefinition Definition);
