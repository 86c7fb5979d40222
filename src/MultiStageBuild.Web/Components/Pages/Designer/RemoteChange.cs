namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>Someone else's change to the preset the designer has loaded, told truthfully whatever the form holds.</summary>
/// <param name="Author">Who changed it.</param>
/// <param name="Name">The preset's name after the change.</param>
/// <param name="Version">The version the change wrote.</param>
/// <param name="Trashed">Whether the change moved the preset to the trash.</param>
/// <param name="ChangedFields">The fields that differ from the loaded version (name, tags, argument names).</param>
public sealed record RemoteChange(string Author, string Name, int Version, bool Trashed, IReadOnlyList<string> ChangedFields)
{
    /// <summary>The notice, for a form that holds unsaved edits (<paramref name="hasEdits"/>) or not.</summary>
    public string Describe(bool hasEdits)
    {
        if (Trashed)
        {
            return hasEdits
                ? $"{Author} moved \"{Name}\" to the trash. Your unsaved edits are kept in the form; \"Save as preset\" keeps them."
                : $"{Author} moved \"{Name}\" to the trash. The form still shows it; \"Save as preset\" keeps a copy.";
        }

        var changed = ChangedFields.Count == 0 ? "" : $" ({string.Join(", ", ChangedFields)} changed)";
        return hasEdits
            ? $"{Author} updated \"{Name}\" to version {Version}{changed}. Your unsaved edits are kept; loading version {Version} replaces them, with Undo."
            : $"{Author} updated \"{Name}\" to version {Version}{changed}. The form shows your earlier version and has no edits.";
    }
}
