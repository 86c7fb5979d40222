namespace MultiStageBuild.Web.Identity;

/// <summary>An account as the members page lists it.</summary>
public sealed record AccountMember(string Id, string UserName, string? Role, bool IsLockedOut);
