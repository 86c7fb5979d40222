namespace MultiStageBuild.Web.Api;

/// <summary>The body of <c>PUT /api/presets/{id}/protection</c>, for the API document.</summary>
/// <param name="Protected">True: only an admin may change, trash, restore or import over the preset; false lifts that.</param>
public sealed record ProtectionRequest(bool Protected);
