namespace MultiStageBuild.Web.Api;

/// <summary>One edition of a listed prompt: the id <c>POST /api/render</c> takes, a label, and where its text comes from.</summary>
public sealed record EditionInfo(string Id, string Label, string Description, bool IsDefault);
