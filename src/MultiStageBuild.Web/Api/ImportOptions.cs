namespace MultiStageBuild.Web.Api;

/// <summary>Import's query parameters.</summary>
internal sealed record ImportOptions(ImportClash OnClash, bool DryRun);
