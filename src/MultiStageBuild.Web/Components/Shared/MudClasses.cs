namespace MultiStageBuild.Web.Components.Shared;

/// <summary>
/// MudBlazor's own CSS classes for the parts the app writes as plain markup in MudBlazor's look (static and cheaper per
/// circuit than the components). MudClassesParityTests renders the real components and compares their classes with
/// these, so an upgrade that renames one fails a test instead of changing the look.
/// </summary>
public static class MudClasses
{
    public const string Layout = "mud-layout";
    public const string MainContent = "mud-main-content";
    public const string ContainerExtraExtraLarge = "mud-container mud-container-maxwidth-xxl mud-container--gutters";
    public const string AppBarDense = "mud-appbar mud-appbar-dense mud-appbar-fixed-top mud-elevation-1";
    public const string AppBarToolbar = "mud-toolbar mud-toolbar-dense mud-toolbar-gutters mud-toolbar-appbar";

    public const string PaperOutlined = "mud-paper mud-paper-outlined";

    public const string TypographyH5 = "mud-typography mud-typography-h5";
    public const string TypographyH6 = "mud-typography mud-typography-h6";
    public const string TypographyBody1 = "mud-typography mud-typography-body1";
    public const string TypographyBody2 = "mud-typography mud-typography-body2";
    public const string TypographyCaption = "mud-typography mud-typography-caption";
    public const string TypographySubtitle2 = "mud-typography mud-typography-subtitle2";

    public const string IconMedium = "mud-icon-root mud-svg-icon mud-icon-size-medium";
    public const string IconSmall = "mud-icon-root mud-svg-icon mud-icon-size-small";
    public const string IconSmallWarning = "mud-icon-root mud-svg-icon mud-warning-text mud-icon-size-small";

    public const string ButtonFilledPrimary = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";
    public const string ButtonOutlined = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-medium mud-ripple";
    public const string ButtonTextInherit = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple";
    public const string ButtonTextPrimarySmall = "mud-button-root mud-button mud-button-text mud-button-text-primary mud-button-text-size-small mud-ripple";
    public const string ButtonLabel = "mud-button-label";
    public const string ButtonStartIcon = "mud-button-icon-start mud-button-icon-size-medium";
    public const string ButtonStartIconSmall = "mud-button-icon-start mud-button-icon-size-small";

    public const string IconButtonInherit = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";
    public const string IconButtonLabel = "mud-icon-button-label";

    public const string ChipContent = "mud-chip-content";

    // A chip set shows a selected text chip filled.
    private static readonly string[] Chips = [.. Flags(2).Select(f => ChipClass(f[0] ? (f[1] ? "filled" : "text") : "outlined", f[0] ? "secondary" : "primary", f[1]))];

    /// <summary>A small clickable chip: outlined primary, or (<paramref name="text"/>) text secondary; <paramref name="selected"/> as a chip set marks it.</summary>
    public static string Chip(bool text, bool selected) => Chips[Index(text, selected)];

    private static string ChipClass(string variant, string color, bool selected) =>
        $"mud-chip mud-chip-{variant} mud-chip-size-small mud-chip-color-{color} mud-clickable mud-ripple{(selected ? " mud-chip-selected" : "")}";

    /// <summary>The classes of an outlined, dense text field with a label and helper text, as MudTextField writes them.</summary>
    public static class OutlinedInput
    {
        public const string ContainerInner = "mud-input-control-input-container";
        public const string Border = "mud-input-outlined-border";
        public const string HelperContainer = "mud-input-control-helper-container px-2";
        public const string AdornmentEnd = "mud-input-adornment mud-input-adornment-end";
        public const string AdornmentIconButton = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-edge-end mud-input-adornment-icon-button mud-no-activator";

        private static readonly string[] Controls = [.. Flags(1).Select(f =>
            $"mud-input-control mud-input-control-margin-dense{(f[0] ? " mud-input-error" : "")} mud-input-outlined-with-label mud-input-input-control mud-input-sizing-fixed")];

        private static readonly string[] Inputs = [.. Flags(3).Select(f =>
            $"mud-input mud-input-outlined mud-input-outlined-with-label{(f[0] ? " mud-input-adorned-end" : "")} mud-input-margin-dense mud-shrink{(f[1] ? " mud-disabled" : "")}{(f[2] ? " mud-input-error" : "")} mud-typography-subtitle1 mud-input-sizing-fixed")];

        private static readonly string[] Slots = [.. Flags(1).Select(f =>
            $"mud-input-slot mud-input-root mud-input-root-outlined{(f[0] ? " mud-input-root-adorned-end" : "")} mud-input-root-margin-dense")];

        private static readonly string[] Labels = [.. Flags(2).Select(f =>
            $"mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense{(f[0] ? " mud-disabled" : "")}{(f[1] ? " mud-input-error" : "")} mud-input-label-inputcontrol")];

        private static readonly string[] Helpers = [.. Flags(1).Select(f => $"d-flex mud-input-helper-text{(f[0] ? " mud-input-error" : "")}")];

        public static string Control(bool error) => Controls[Index(error)];

        public static string Input(bool adornedEnd, bool disabled, bool error) => Inputs[Index(adornedEnd, disabled, error)];

        public static string Slot(bool adornedEnd) => Slots[Index(adornedEnd)];

        public static string Label(bool disabled, bool error) => Labels[Index(disabled, error)];

        public static string Helper(bool error) => Helpers[Index(error)];
    }

    // Every combination of n flags, in the order Index numbers them: class strings are made once, not per render.
    private static IEnumerable<bool[]> Flags(int n) =>
        Enumerable.Range(0, 1 << n).Select(i => Enumerable.Range(0, n).Select(bit => (i & (1 << (n - 1 - bit))) != 0).ToArray());

    private static int Index(params ReadOnlySpan<bool> flags)
    {
        var index = 0;
        foreach (var flag in flags)
        {
            index = (index << 1) | (flag ? 1 : 0);
        }

        return index;
    }
}
