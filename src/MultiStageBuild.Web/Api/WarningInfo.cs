namespace MultiStageBuild.Web.Api;

/// <summary>A warning about one argument: the prompt rendered, but perhaps not as meant.</summary>
public sealed record WarningInfo(string Argument, string Message);
