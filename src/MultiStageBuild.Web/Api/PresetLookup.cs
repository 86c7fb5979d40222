namespace MultiStageBuild.Web.Api;

/// <summary>Finds the preset a render request names.</summary>
internal static class PresetLookup
{
    /// <summary>
    /// A built-in by key or name, else a live saved preset by id, else by name (names ignore case). Built-ins come
    /// first so that they render even when the preset store is unavailable.
    /// </summary>
    public static async Task<Preset?> FindAsync(string key, IPresetRepository presets, CancellationToken cancellationToken)
    {
        var builtIn = BuiltInPresets.Find(key) ?? BuiltInPresets.All.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
        if (builtIn is not null)
        {
            return builtIn;
        }

        var byId = Guid.TryParse(key, out var id) ? await presets.FindAsync(id, cancellationToken) : null;
        var saved = byId is { IsDeleted: false } ? byId : await presets.FindByNameAsync(key, cancellationToken);
        return saved?.ToPreset();
    }
}
