namespace MultiStageBuild.Core.Presets;

/// <summary>
/// How a preset's values meet the values in a form. A preset may leave a required argument blank (a team shares
/// commands, and each user has their own source directory); the form then keeps its own value for it.
/// </summary>
public static class PresetOntoForm
{
    /// <summary>Whether <paramref name="preset"/> leaves <paramref name="argument"/> to the form: it is required and the preset leaves it blank.</summary>
    public static bool LeavesToForm(PromptArgument argument, ArgumentSet preset) => argument.Required && preset.IsBlank(argument.Name);

    /// <summary>
    /// The form after the user picks a preset: the preset's values replace the form's, except a required argument the
    /// user has typed, which stays (unless it is still the argument's example and the preset has its own value).
    /// </summary>
    public static ArgumentSet Pick(ArgumentSet preset, ArgumentSet form, PromptDefinition definition) =>
        definition.Arguments
            .Where(a => !a.Required || form.IsBlank(a.Name) || (form[a.Name] == a.Example && !preset.IsBlank(a.Name)))
            .Aggregate(form, (set, a) => set.With(a.Name, preset[a.Name]));

    /// <summary>The form after a saved preset is loaded into it: the preset's values, except those it leaves to the form.</summary>
    public static ArgumentSet Load(ArgumentSet preset, ArgumentSet form, PromptDefinition definition) =>
        definition.Arguments.Aggregate(preset, (set, a) => set.With(a.Name, LeavesToForm(a, preset) ? form[a.Name] : preset[a.Name]));

    /// <summary>Whether the form differs from the preset it was loaded from; an argument the preset leaves to the form does not count.</summary>
    public static bool Differs(ArgumentSet form, ArgumentSet preset, PromptDefinition definition) =>
        definition.Arguments.Any(a => form[a.Name] != preset[a.Name] && !LeavesToForm(a, preset));
}
