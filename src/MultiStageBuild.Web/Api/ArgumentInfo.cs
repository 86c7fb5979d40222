namespace MultiStageBuild.Web.Api;

/// <summary>One argument of a listed prompt; <see cref="Default"/> is <c>null</c> for required ones.</summary>
public sealed record ArgumentInfo(string Name, string Description, bool Required, string? Default);
