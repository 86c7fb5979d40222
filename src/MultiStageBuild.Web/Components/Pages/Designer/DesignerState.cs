using Microsoft.AspNetCore.WebUtilities;

namespace MultiStageBuild.Web.Components.Pages.Designer;

/// <summary>What the designer shows: the chosen preset, the arguments as typed and the edition. Immutable; the URL query is its deep link.</summary>
/// <param name="Preset">The preset the form started from, or <c>null</c>.</param>
/// <param name="Arguments">The arguments as typed.</param>
/// <param name="Edition">The id of the edition shown, or <c>null</c> for the configured one.</param>
public sealed record DesignerState(Preset? Preset, ArgumentSet Arguments, string? Edition = null)
{
    public const string PresetKey = "preset";
    public const string EditionKey = "edition";

    public static DesignerState Blank { get; } = new(null, ArgumentSet.Empty);

    /// <summary>What a visit without a deep link starts from: a working prompt, the Python preset with the reference example's required values.</summary>
    public static DesignerState FirstVisit { get; } = new(BuiltInPresets.Python,
        PresetOntoForm.Load(BuiltInPresets.Python.Arguments, KnownPrompts.PresetPrompt.ExampleArguments, KnownPrompts.PresetPrompt));

    /// <summary>Picks a preset: its values replace the form's as <see cref="PresetOntoForm.Pick"/> says.</summary>
    public DesignerState WithPreset(Preset preset, PromptDefinition definition) =>
        this with { Preset = preset, Arguments = PresetOntoForm.Pick(preset.Arguments, Arguments, definition) };

    /// <summary>Loads a saved preset: its values replace the form's as <see cref="PresetOntoForm.Load"/> says.</summary>
    public DesignerState WithLoaded(StoredPreset preset, PromptDefinition definition) =>
        this with { Preset = preset.ToPreset(), Arguments = PresetOntoForm.Load(preset.Draft.Arguments, Arguments, definition) };

    public DesignerState WithArgument(string name, string value) => this with { Arguments = Arguments.With(name, value) };

    /// <summary>Shows <paramref name="edition"/>, named in the deep link from now on.</summary>
    public DesignerState WithEdition(PromptEdition edition) => this with { Edition = edition.Id };

    /// <summary>The edition shown: the one the state names, or <paramref name="configured"/>.</summary>
    public PromptEdition EditionOf(PromptDefinition definition, PromptEdition configured) =>
        Edition is { } id && definition.FindEdition(id) is { } edition ? edition : configured;

    /// <summary>
    /// The query that restores this state: the preset's key, then each argument that differs from the preset
    /// (an emptied one as <c>name=</c>), then the edition once one was chosen, so a link stays short and reopens exactly.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQuery(PromptDefinition definition)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (Preset is not null)
        {
            query.Add(new(PresetKey, Preset.Key));
        }

        foreach (var argument in definition.Arguments)
        {
            var value = Arguments[argument.Name];
            if (value != (Preset?.Arguments[argument.Name] ?? ""))
            {
                query.Add(new(argument.Name, value));
            }
        }

        if (Edition is not null)
        {
            query.Add(new(EditionKey, Edition));
        }

        return query;
    }

    /// <summary>The URL of this state on <paramref name="path"/>.</summary>
    public string ToUrl(string path, PromptDefinition definition) =>
        QueryHelpers.AddQueryString(path, ToQuery(definition).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));

    /// <summary>Reads a deep link's query; <paramref name="findPreset"/> resolves the preset key.</summary>
    public static DesignerState FromQuery(string query, PromptDefinition definition, Func<string, Preset?> findPreset)
    {
        var values = QueryHelpers.ParseQuery(query);
        var preset = values.TryGetValue(PresetKey, out var key) ? findPreset(key.ToString()) : null;
        var arguments = definition.Arguments.Aggregate(ArgumentSet.Empty, (set, argument) =>
            set.With(argument.Name, values.TryGetValue(argument.Name, out var value) ? value.ToString() : preset?.Arguments[argument.Name] ?? ""));
        var edition = values.TryGetValue(EditionKey, out var id) && definition.FindEdition(id.ToString()) is not null ? id.ToString() : null;
        return new(preset, arguments, edition);
    }
}
