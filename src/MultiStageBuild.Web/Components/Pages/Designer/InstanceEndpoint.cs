using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>This app's MCP endpoint as an invocation target, the prompt definition it serves for the form, and its edition.</summary>
public sealed record InstanceEndpoint(InvocationTarget Target, PromptDefinition Definition, PromptEdition Edition);
