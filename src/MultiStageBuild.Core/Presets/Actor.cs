namespace MultiStageBuild.Core.Presets;

/// <summary>
/// Who makes a change, and from where: the name it is recorded under, whether they may change protected presets (an
/// admin, or anyone without sign-in), and for the audit log the surface and the network address it came through.
/// A bare name (<c>"ada"</c>) is an actor who may not change protected presets, on no particular surface.
/// </summary>
/// <param name="Name">The name revisions and audit entries record.</param>
/// <param name="MayChangeProtected">Whether protected presets may be changed, protected or unprotected.</param>
/// <param name="Surface">Where the change was made.</param>
/// <param name="Address">The client's network address, when known.</param>
public sealed record Actor(string Name, bool MayChangeProtected = false, ChangeSurface Surface = ChangeSurface.Other, string? Address = null)
{
    /// <summary>An actor known by name only: no admin, on no particular surface.</summary>
    public static implicit operator Actor(string name) => new(name);
}
