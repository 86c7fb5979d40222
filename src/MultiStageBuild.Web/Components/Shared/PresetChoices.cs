namespace MultiStageBuild.Web.Components.Shared;

/// <summary>What a preset picker offers: the built-ins, then the team's presets from the store's search.</summary>
public static class PresetChoices
{
    /// <summary>The most saved presets one search offers.</summary>
    public const int SavedLimit = 50;

    /// <summary>
    /// Built-ins whose name holds <paramref name="text"/> and the first <see cref="SavedLimit"/> saved presets the store
    /// finds for it (everything for blank text); the built-ins alone when the store is unavailable.
    /// </summary>
    public static async Task<IEnumerable<Preset>> SearchChoicesAsync(this IPresetRepository presets, string? text, CancellationToken cancellationToken)
    {
        var builtIns = BuiltInPresets.All.Where(p => string.IsNullOrWhiteSpace(text) || p.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));
        try
        {
            var page = await presets.SearchAsync(new PresetQuery(text, PageSize: SavedLimit), cancellationToken);
            return [.. builtIns, .. page.Items.Select(p => p.ToPreset())];
        }
        catch (PresetStoreUnavailableException)
        {
            return builtIns;
        }
    }
}
